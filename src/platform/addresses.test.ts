import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config';
import { isLoopbackUrl } from './addresses';

describe('addresses', () => {
  it('knows a link only this machine can open (a teammate’s phone cannot) from one others can', () => {
    for (const url of [
      'http://127.0.0.1:8080',
      'http://127.8.9.10',
      'http://localhost:8080',
      'http://kith.localhost',
      'http://[::1]:8080',
      'http://0.0.0.0:8080',
      'http://[::]:8080',
      'http://LOCALHOST',
      'https://[::ffff:127.0.0.1]',
    ]) {
      expect(isLoopbackUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://line.example.org',
      'http://192.168.1.20:8080',
      'http://10.0.0.2',
      'http://127.0.0.1.example.org',
      'http://localhost.example.org',
      'https://abcdefabcdef.onion',
      'not a url',
    ]) {
      expect(isLoopbackUrl(url), url).toBe(false);
    }
    expect(isLoopbackUrl(parseConfig({}).publicUrl)).toBe(true); // the default: the try-out on a laptop
  });
});

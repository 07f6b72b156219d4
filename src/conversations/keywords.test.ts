import { describe, expect, it } from 'vitest';
import { keywordOf, normalizeWord } from './keywords';

describe('keywords a person texts', () => {
  it('reads STOP, START and HELP however they are written, and only as the whole message', () => {
    expect(keywordOf('stop', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('  Stop. ', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('UNSUBSCRIBE', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('start', ['en'])).toEqual({ kind: 'start' });
    expect(keywordOf('Ayuda', ['en', 'es'])).toEqual({ kind: 'help' });
    expect(keywordOf('please stop calling me', ['en'])).toBeUndefined();
    expect(keywordOf('I need help', ['en'])).toBeUndefined();
  });

  it('switches language by the language’s own name, accents or not, only for the program’s languages', () => {
    expect(keywordOf('Español', ['en', 'es'])).toEqual({ kind: 'language', language: 'es' });
    expect(keywordOf('espanol', ['en', 'es'])).toEqual({ kind: 'language', language: 'es' });
    expect(keywordOf('English', ['en', 'es'])).toEqual({ kind: 'language', language: 'en' });
    expect(keywordOf('Español', ['en'])).toBeUndefined();
  });

  it('normalizes without touching other scripts', () => {
    expect(normalizeWord(' ¡Ayúdame! ')).toBe('AYUDAME');
    expect(normalizeWord('مرحبا')).toBe('مرحبا');
  });
});

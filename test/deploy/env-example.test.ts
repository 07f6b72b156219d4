import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

/** The variables README's "Settings" table names, from its first column. */
function readmeSettings(): string[] {
  const table = read('README.md').split('### Settings')[1]?.split('\n## ')[0] ?? '';
  const names = new Set<string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const first = row.split('|')[1] ?? '';
    for (const match of first.matchAll(/`([A-Z_]+)`/g)) if (match[1]) names.add(match[1]);
  }
  return [...names];
}

describe('deploy/kith.env.example', () => {
  const example = read('deploy/kith.env.example');

  it('names every setting in README’s table', () => {
    const names = readmeSettings();
    expect(names).toContain('KITH_PUBLIC_URL');
    expect(names).toContain('KITH_ONION_URL');
    for (const name of names) expect(example, name).toMatch(new RegExp(`^#?\\s*${name}=`, 'm'));
  });

  it('is a configuration Kith accepts once the provider is filled in', () => {
    const env: Record<string, string> = {};
    for (const line of example.split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (match?.[1]) env[match[1]] = match[2] ?? '';
    }
    const config = parseConfig(
      { ...env, KITH_PROVIDER_ACCOUNT_SID: 'AC1', KITH_PROVIDER_AUTH_TOKEN: 'token' },
      '/opt/kith',
    );
    expect(config).toMatchObject({
      publicUrl: 'https://line.example.org',
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
    });
  });
});

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { cliHarness, expectJson, setupThroughCli, type CliHarness } from './harness';

describe('kith setup, login and logout', () => {
  let t: TestKith;
  let cli: CliHarness;
  afterEach(async () => {
    cli?.cleanup();
    await t?.stop();
  });

  it('creates the program, saves owner-only credentials, and later commands use them', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    cli = cliHarness();
    const setup = await setupThroughCli(
      t,
      cli,
      '--phone',
      '+1 202 555 0111',
      '--roles',
      'phone',
      '--languages',
      'en,es',
    );

    const file = join(cli.configHome, 'kith', 'cli.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { url: string; token: string };
    expect(saved.url).toBe(t.url);
    expect(saved.token).toMatch(/^kith_/);
    // The token is saved, not printed: it would linger in scrollback.
    expect(setup.stdout).not.toContain(saved.token);
    expect(setup.stdout).toContain('Next steps');
    expect(setup.stdout).toContain(file);
    // The console too: the coordinator's own invite, to make their sign-in there.
    expect(setup.stdout).toContain('To use the web console too, open this link');
    expect(setup.stdout).toMatch(/^ {2}https:\/\/line\.example\.org\/join#invite=inv_\S+$/m);

    const show = await cli.run('program', 'show');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Northside Care Line');
    expect(show.stdout).toContain('Open every day, at any hour');

    const roster = expectJson<{ name: string; roles: string[]; phone?: string }[]>(
      await cli.run('responders', 'list', '--json'),
    );
    expect(roster).toEqual([
      expect.objectContaining({ name: 'Sam', roles: ['coordinator', 'phone'], phone: '+12025550111' }),
    ]);
  });

  it('refuses a setup token that is wrong, saving nothing', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    cli = cliHarness();
    const result = await cli.run(
      'setup',
      '--url',
      t.url,
      '--token',
      'setup_wrong',
      '--program',
      'Line',
      '--name',
      'Sam',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('setup token is not valid');
    expect(existsSync(join(cli.configHome, 'kith', 'cli.json'))).toBe(false);
  });

  it('never sends the saved token to another address', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    cli = cliHarness();
    await setupThroughCli(t, cli);
    const elsewhere = await cli.run('program', 'show', '--url', 'http://127.0.0.1:9');
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('Not signed in to http://127.0.0.1:9');
  });

  it('logs in with a checked token, logs out, and says so when not signed in', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup('Eastside Line');
    cli = cliHarness();
    const bad = await cli.run('login', '--url', t.url, '--token', 'kith_forged');
    expect(bad.code).toBe(1);
    expect(existsSync(join(cli.configHome, 'kith', 'cli.json'))).toBe(false);

    const login = await cli.run('login', '--url', t.url, '--token', token);
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('Signed in to “Eastside Line”');
    expect(login.stdout).not.toContain(token);
    expect((await cli.run('program', 'show')).code).toBe(0);

    const logout = await cli.run('logout');
    expect(logout.code).toBe(0);
    expect(existsSync(join(cli.configHome, 'kith', 'cli.json'))).toBe(false);
    const after = await cli.run('program', 'show');
    expect(after.code).toBe(2);
    expect(after.stderr).toContain('kith login');
  });

  it('takes the address and token from KITH_URL and KITH_TOKEN', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup('Env Line');
    cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
    const show = expectJson<{ name: string }>(await cli.run('program', 'show', '--json'));
    expect(show.name).toBe('Env Line');
  });
});

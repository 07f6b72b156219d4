import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { cliHarness, expectJson, type CliHarness } from './harness';
import { commandNames } from './run';

describe('kith tokens, calls and help', () => {
  let t: TestKith | undefined;
  let cli: CliHarness;
  afterEach(async () => {
    cli?.cleanup();
    await t?.stop();
    t = undefined;
  });

  it('issues a token once, lists tokens without secrets, and revokes it', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup();
    cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
    const ana = expectJson<{ id: string }>(
      await cli.run('responders', 'add', '--name', 'Ana', '--phone', '+1 202 555 0111', '--roles', 'phone', '--json'),
    ).id;

    const issued = await cli.run('tokens', 'issue', '--responder', ana, '--label', 'Ana’s phone');
    expect(issued.code).toBe(0);
    const anaToken = /\b(kith_[A-Za-z0-9_-]+)/.exec(issued.stdout)?.[1] ?? '';
    expect(anaToken).not.toBe('');
    expect(issued.stdout).toContain('shown only this once');

    const list = await cli.run('tokens', 'list');
    expect(list.stdout).toMatch(/Ana’s phone\s+Ana\s+/);
    expect(list.stdout).not.toContain(anaToken);
    expect(list.stdout).not.toContain(token);
    const tokens = expectJson<{ id: string; label: string }[]>(await cli.run('tokens', 'list', '--json'));
    const tokenId = tokens.find((x) => x.label === 'Ana’s phone')?.id ?? '';

    // Ana is not a coordinator: she reads the program but cannot see the tokens.
    const asAna = cliHarness({ KITH_URL: t.url, KITH_TOKEN: anaToken });
    try {
      expect((await asAna.run('program', 'show')).code).toBe(0);
      expect((await asAna.run('tokens', 'list')).code).toBe(1);
      expect((await cli.run('tokens', 'revoke', tokenId)).code).toBe(0);
      const revoked = await asAna.run('program', 'show');
      expect(revoked.code).toBe(1);
      expect(revoked.stderr).toContain('kith login');
      expect(revoked.stderr).not.toContain(anaToken);
    } finally {
      asAna.cleanup();
    }
  });

  it('lists calls and live calls, and reports Kith’s refusal to end an unknown call', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup();
    cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
    expect((await cli.run('calls', 'list', '--days', '7')).stdout).toContain('No calls in the last 7 days.');
    expect(expectJson<unknown[]>(await cli.run('calls', 'list', '--json'))).toEqual([]);
    expect((await cli.run('calls', 'list', '--days', '400')).code).toBe(2);
    expect((await cli.run('calls', 'live')).stdout).toContain('No calls right now.');
    const end = await cli.run('calls', 'end', 'cal_unknown', '--reason', 'mistake');
    expect(end.code).toBe(1);
    expect(end.stderr).toMatch(/^kith: /);
  });

  it('says plainly when Kith cannot be reached (exit 1)', async () => {
    cli = cliHarness({ KITH_URL: 'http://127.0.0.1:9', KITH_TOKEN: 'kith_x' });
    const result = await cli.run('program', 'show');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not reach Kith at http://127.0.0.1:9');
    expect(result.stderr).not.toContain('kith_x');
  });

  it('has help for every command, exit 0', async () => {
    cli = cliHarness();
    const top = await cli.run('--help');
    expect(top.code).toBe(0);
    for (const name of commandNames()) {
      expect(top.stdout).toContain(name);
      const help = await cli.run(...name.split(' '), '--help');
      expect({ name, code: help.code }).toEqual({ name, code: 0 });
      expect(help.stdout).toContain(`Usage: kith ${name}`);
      expect(help.stdout).toContain('--json');
    }
    expect((await cli.run('help', 'shifts', 'add')).stdout).toContain('Usage: kith shifts add');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { acceptBody, Browser, inviteToken, makeEnrolment } from '../../test/support/console-client';
import { PUBLIC_URL, startTestKith, type TestKith } from '../../test/support/kith';
import { cliHarness, expectJson, type CliHarness } from './harness';

describe('kith responders invite', () => {
  let t: TestKith | undefined;
  let cli: CliHarness;
  afterEach(async () => {
    cli?.cleanup();
    await t?.stop();
    t = undefined;
  });

  async function lineWithAna(
    options: Parameters<typeof startTestKith>[1] = {},
  ): Promise<{ kith: TestKith; ana: string }> {
    const kith = await startTestKith('sqlite', options);
    t = kith;
    const { token } = await kith.setup('Northside Care Line');
    cli = cliHarness({ KITH_URL: kith.url, KITH_TOKEN: token });
    const ana = expectJson<{ id: string }>(
      await cli.run('responders', 'add', '--name', 'Ana', '--phone', '+1 202 555 0111', '--roles', 'phone', '--json'),
    ).id;
    return { kith, ana };
  }

  it('prints a link that opens the console’s join view and works once', async () => {
    const { kith, ana } = await lineWithAna();
    const result = await cli.run('responders', 'invite', ana);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('An invite for Ana to set up their sign-in:');
    const link = /^\s+(\S+\/join#invite=\S+)$/m.exec(result.stdout)?.[1] ?? '';
    expect(link.startsWith(`${PUBLIC_URL}/join#invite=inv_`)).toBe(true);
    expect(result.stdout).toContain('It works once, until Thu 2026-11-26 10:00'); // 72 hours on, in the line's zone
    expect(result.stdout).not.toContain('only on the computer'); // a public address: no warning

    const browser = new Browser(kith.url);
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(inviteToken(link), await makeEnrolment('ana.k', 'a long passphrase here')),
        )
      ).status,
    ).toBe(201);
    // Set up now: a second invite is refused, and the CLI says why.
    const again = await cli.run('responders', 'invite', ana);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has sign-in set up');
  });

  it('says plainly, while the public address is a loopback one, that the link opens only on this machine', async () => {
    const { kith, ana } = await lineWithAna({ ownAddress: true });
    const result = await cli.run('responders', 'invite', ana);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ${kith.url}/join#invite=`);
    expect(result.stdout).toContain('Note: This link opens only on the computer Kith runs on');
    expect(result.stdout).toContain('set KITH_PUBLIC_URL to the address your team can reach');
    const json = expectJson<{ inviteUrl: string; onlyOnThisMachine: boolean; notice: string }>(
      await cli.run('responders', 'invite', ana, '--json'),
    );
    expect(json.onlyOnThisMachine).toBe(true);
    expect(json.notice).toContain('KITH_PUBLIC_URL');
  });

  it('is listed in kith --help, and an unknown id is an error', async () => {
    await lineWithAna();
    expect((await cli.run('--help')).stdout).toContain('responders invite');
    const missing = await cli.run('responders', 'invite', 'rsp_missing');
    expect(missing.code).toBe(1);
  });
});

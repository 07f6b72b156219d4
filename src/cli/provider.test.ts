import { afterEach, describe, expect, it } from 'vitest';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, SIM_TOKEN, startLine, type Line } from '../../test/support/line';
import type { ConnectResult, LineCheck } from './client';
import { cliHarness, expectJson, type CliHarness } from './harness';

const KITH = 'https://line.example.org';
const FALLBACK = 'https://static.example.net/kith-fallback.xml';

/** Someone pointed the number's calls elsewhere in the provider's website. */
async function misdirectCalls(line: Line): Promise<void> {
  const auth = { authorization: `Basic ${Buffer.from(`${SIM_ACCOUNT}:${SIM_TOKEN}`).toString('base64')}` };
  const base = `${line.sim.apiBaseUrl}/2010-04-01/Accounts/${SIM_ACCOUNT}/IncomingPhoneNumbers`;
  const list = (await (
    await fetch(`${base}.json?PhoneNumber=${encodeURIComponent(COMMUNITY_NUMBER)}`, { headers: auth })
  ).json()) as { incoming_phone_numbers: { sid: string }[] };
  const sid = list.incoming_phone_numbers[0]?.sid ?? '';
  await fetch(`${base}/${sid}.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ VoiceUrl: 'https://old-host.example.com/voice' }),
  });
}

describe('kith provider', () => {
  let line: Line | undefined;
  let cli: CliHarness | undefined;
  afterEach(async () => {
    cli?.cleanup();
    await line?.stop();
    line = undefined;
  });

  async function signedIn(): Promise<CliHarness> {
    line = await startLine('sqlite');
    cli = cliHarness({ KITH_URL: line.t.url, KITH_TOKEN: line.token });
    return cli;
  }

  it('check prints a line per check with the fix, and exits 1 while anything needs fixing', async () => {
    const c = await signedIn();
    const result = await c.run('provider', 'check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`The program’s number ${COMMUNITY_NUMBER} at the phone provider:`);
    expect(result.stdout).toContain('ok   Provider account: ok');
    expect(result.stdout).toContain(`ok   Incoming calls: ok (POST ${KITH}/webhooks/twilio/voice)`);
    expect(result.stdout).toContain(`ok   Incoming texts: ok (POST ${KITH}/webhooks/twilio/sms)`);
    expect(result.stdout).toMatch(
      /^FIX {2}Fallback, when Kith cannot answer: none is set, .*kith provider connect --fallback-url https:\/\/…$/m,
    );
    expect(result.stderr).toBe('kith: One thing needs fixing (above).\n');
    expect((await c.run('provider')).stdout).toBe(result.stdout); // the group alone checks
  });

  it('connect shows each change, changes nothing without a terminal or --yes, or when told no; then makes them and check passes', async () => {
    const c = await signedIn();
    await misdirectCalls(line as Line);

    const unattended = await c.run('provider', 'connect', '--fallback-url', FALLBACK);
    expect(unattended.code).toBe(1);
    expect(unattended.stdout).toBe(
      [
        `Changes to ${COMMUNITY_NUMBER} at the provider:`,
        `  Incoming calls, URL: https://old-host.example.com/voice → ${KITH}/webhooks/twilio/voice`,
        `  Fallback, URL: (not set) → ${FALLBACK}`,
        '  Fallback, method: POST → GET',
        '',
      ].join('\n'),
    );
    expect(unattended.stderr).toContain('Nothing was changed: run again with --yes');
    expect((await c.run('provider', 'check')).stdout).toContain(
      'FIX  Incoming calls: goes to POST https://old-host.example.com/voice; it must be POST https://line.example.org/webhooks/twilio/voice. Fix: kith provider connect',
    );

    const asked: string[] = [];
    c.confirm = async (question) => {
      asked.push(question);
      return false;
    };
    const declined = await c.run('provider', 'connect', '--fallback-url', FALLBACK);
    expect(declined.code).toBe(0);
    expect(declined.stdout).toContain('Nothing was changed.');
    expect(asked).toEqual(['Make these changes?']);
    expect((await c.run('provider', 'check')).code).toBe(1);

    c.confirm = async () => true;
    const made = await c.run('provider', 'connect', '--fallback-url', FALLBACK);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Changed.');
    expect(made.stdout).toContain(`ok   Fallback, when Kith cannot answer: ok (GET ${FALLBACK})`);
    const after = await c.run('provider', 'check');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('FIX');
    expect(after.stdout).toContain('Everything is connected.');
    expect((await c.run('provider', 'connect')).stdout).toContain('Nothing to change.');
  });

  it('--json --yes makes the changes for scripts; a fallback on Kith’s own host is refused', async () => {
    const c = await signedIn();
    await misdirectCalls(line as Line);
    const planned = await c.run('provider', 'connect', '--json');
    expect(planned.code).toBe(1);
    expect((JSON.parse(planned.stdout) as ConnectResult).changes.map((change) => change.setting)).toEqual(['voiceUrl']);

    const refused = await c.run('provider', 'connect', '--yes', '--fallback-url', `${KITH}/fallback.xml`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('somewhere other than Kith’s own address');

    const made = await c.run('provider', 'connect', '--json', '--yes', '--fallback-url', FALLBACK);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout) as ConnectResult).toMatchObject({ applied: true, check: { ok: true } });
    expect(expectJson<LineCheck>(await c.run('provider', 'check', '--json')).ok).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { cliHarness, expectJson, type CliHarness } from './harness';

interface Rule {
  id: string;
  day: string;
  start: string;
  end: string;
  tier: string;
}

// The server's clock starts on Monday 2026-11-23 at 10:00 in New York (the program's default zone).
describe('kith shifts and on-call', () => {
  let t: TestKith;
  let cli: CliHarness;
  let token: string;
  afterEach(async () => {
    cli?.cleanup();
    await t?.stop();
  });

  async function withAna(): Promise<string> {
    t = await startTestKith('sqlite', { cheapArgon: true });
    ({ token } = await t.setup());
    cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
    return expectJson<{ id: string }>(
      await cli.run('responders', 'add', '--name', 'Ana', '--phone', '+1 202 555 0111', '--roles', 'phone', '--json'),
    ).id;
  }

  it('adds, lists, moves and removes weekly shifts', async () => {
    const ana = await withAna();
    const added = await cli.run(
      'shifts',
      'add',
      '--responder',
      ana,
      '--role',
      'phone',
      '--tier',
      'primary',
      '--day',
      'fri',
      '--from',
      '19:00',
      '--to',
      '24:00',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Fri 19:00-24:00, phone (primary)');

    const list = await cli.run('shifts', 'list');
    expect(list.stdout).toContain('Times are in America/New_York');
    expect(list.stdout).toMatch(/Fri\s+19:00\s+24:00\s+phone\s+primary\s+Ana/);
    const { rules } = expectJson<{ rules: Rule[] }>(await cli.run('shifts', 'list', '--json'));
    expect(rules).toHaveLength(1);
    const id = rules[0]?.id ?? '';

    // Only what is named changes: the tier and times stay.
    const moved = expectJson<Rule>(await cli.run('shifts', 'move', id, '--day', 'saturday', '--json'));
    expect(moved).toMatchObject({ id, day: 'sat', start: '19:00', end: '24:00', tier: 'primary' });

    // One clock: a 12-hour time is refused with its 24-hour reading; 9:00 is read as 09:00.
    const twelve = await cli.run(
      'shifts',
      'add',
      '--responder',
      ana,
      '--role',
      'phone',
      '--day',
      'sun',
      '--from',
      '7pm',
      '--to',
      '11:30 p.m.',
    );
    expect(twelve.code).toBe(2);
    expect(twelve.stderr).toContain('kith: --from takes the 24-hour clock, HH:MM: write 19:00 for 7pm');
    const early = await cli.run(
      'shifts',
      'add',
      '--responder',
      ana,
      '--role',
      'phone',
      '--day',
      'sun',
      '--from',
      '9:00',
      '--to',
      '12:30',
    );
    expect(early.stdout).toContain('Sun 09:00-12:30, phone (primary)');
    expect((await cli.run('shifts', 'remove', /shr_[\w-]+/.exec(early.stdout)?.[0] ?? '')).code).toBe(0);

    const overlap = await cli.run(
      'shifts',
      'add',
      '--responder',
      ana,
      '--role',
      'phone',
      '--day',
      'sat',
      '--from',
      '20:00',
      '--to',
      '22:00',
    );
    expect(overlap.code).toBe(1);

    expect((await cli.run('shifts', 'remove', id)).code).toBe(0);
    expect((await cli.run('shifts', 'list')).stdout).toContain('none yet');
    expect((await cli.run('shifts', 'move', id, '--day', 'sun')).code).toBe(1);
  });

  it('shows the schedule day by day with its gaps, and who is on call now', async () => {
    const ana = await withAna();
    expect(
      (
        await cli.run(
          'shifts',
          'add',
          '--responder',
          ana,
          '--role',
          'phone',
          '--day',
          'mon',
          '--from',
          '09:00',
          '--to',
          '17:00',
        )
      ).code,
    ).toBe(0);

    const schedule = await cli.run('shifts', 'schedule', '--from', '2026-11-23', '--days', '2');
    expect(schedule.code).toBe(0);
    expect(schedule.stdout).toContain('Mon 2026-11-23');
    expect(schedule.stdout).toMatch(/09:00-17:00 {2}phone primary {2}Ana/);
    expect(schedule.stdout).toMatch(/00:00-09:00 {2}GAP: nobody on primary for phone/);
    expect(schedule.stdout).toMatch(/2 gaps while the line is open with nobody on the primary tier/);
    const json = expectJson<{ gaps: unknown[]; occurrences: unknown[] }>(
      await cli.run('shifts', 'schedule', '--from', '2026-11-23', '--days', '2', '--json'),
    );
    expect(json.occurrences).toHaveLength(1);
    expect(json.gaps.length).toBeGreaterThan(0);

    // Open only while Ana is on: the closed hours around her shift are no gaps.
    expect((await cli.run('program', 'hours', 'set', '--weekly', 'mon 09:00-17:00')).code).toBe(0);
    const covered = await cli.run('shifts', 'schedule', '--from', '2026-11-23', '--days', '7');
    expect(covered.stdout).not.toContain('GAP');
    expect(covered.stdout).toContain(
      'No gaps: someone is on the primary tier for the phone whenever the line is open.',
    );

    // A shift over a rest rule is said on its line, as the console flags it.
    expect((await t.api('PATCH', '/api/program', { care: { stretchHours: 6 } }, token)).status).toBe(200);
    const tired = await cli.run('shifts', 'schedule', '--from', '2026-11-23', '--days', '1');
    expect(tired.stdout).toMatch(
      /09:00-17:00 {2}phone primary {2}Ana {2}OVER A REST RULE: 8 h in one stretch, limit 6 h/,
    );

    const badWindow = await cli.run('shifts', 'schedule', '--days', '90');
    expect(badWindow.code).toBe(1);
    expect(badWindow.stderr).toContain('  --days: ');

    const onCall = await cli.run('on-call');
    expect(onCall.code).toBe(0);
    expect(onCall.stdout).toMatch(/Ana\s+phone\s+primary\s+Mon 2026-11-23 17:00\s+active/);
  });

  it('adds and removes one-offs and time away', async () => {
    const ana = await withAna();
    const extra = await cli.run(
      'shifts',
      'override',
      '--responder',
      ana,
      '--kind',
      'on',
      '--role',
      'phone',
      '--from',
      '2026-12-24T18:00',
      '--to',
      '2026-12-24T23:00',
    );
    expect(extra.code).toBe(0);
    expect(extra.stdout).toContain('Extra shift (phone, primary)');
    expect(extra.stdout).toContain('Thu 2026-12-24 18:00 to Thu 2026-12-24 23:00');

    const away = await cli.run(
      'shifts',
      'override',
      '--responder',
      ana,
      '--kind',
      'off',
      '--from',
      '2026-12-24T20:00',
      '--to',
      '2026-12-25T00:00',
      '--json',
    );
    const awayId = expectJson<{ id: string }>(away).id;
    const schedule = await cli.run('shifts', 'schedule', '--from', '2026-12-24', '--days', '1');
    expect(schedule.stdout).toMatch(/18:00-20:00 {2}phone primary {2}Ana \(one-off\)/);

    const list = await cli.run('shifts', 'list');
    expect(list.stdout).toMatch(/extra shift\s+Thu 2026-12-24 18:00/);
    expect(list.stdout).toMatch(/time away\s+Thu 2026-12-24 20:00/);
    expect((await cli.run('shifts', 'unoverride', awayId)).code).toBe(0);
    expect((await cli.run('shifts', 'list')).stdout).not.toMatch(/time away\s+Thu/);

    const offWithRole = await cli.run(
      'shifts',
      'override',
      '--responder',
      ana,
      '--kind',
      'off',
      '--role',
      'phone',
      '--from',
      '2026-12-24T20:00',
      '--to',
      '2026-12-25T00:00',
    );
    expect(offWithRole.code).toBe(1);
    expect(offWithRole.stderr).toContain('  --role: ');
  });

  it('refuses a shift over a rest rule in plain words naming --allow, and saves it with a reason', async () => {
    const ana = await withAna();
    expect((await t.api('PATCH', '/api/program', { care: { restHours: 10, weekHours: 40 } }, token)).status).toBe(200);
    const weekly = (day: string, ...more: string[]) =>
      cli.run(
        'shifts',
        'add',
        '--responder',
        ana,
        '--role',
        'phone',
        '--day',
        day,
        '--from',
        '10:00',
        '--to',
        '18:00',
        ...more,
      );
    expect((await weekly('mon')).code).toBe(0);
    const extra = (...more: string[]) =>
      cli.run(
        'shifts',
        'override',
        '--responder',
        ana,
        '--kind',
        'on',
        '--role',
        'phone',
        '--from',
        '2026-11-23T20:00',
        '--to',
        '2026-11-23T23:00',
        ...more,
      );

    // Two hours off after Monday's shift where the rule asks for ten: refused, the facts said, the flag named.
    const refused = await extra();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'kith: Not saved: it breaks a rest rule. Ana would have only 2 hours off before the shift at Mon 2026-11-23 20:00; the rule is at least 10 hours.\n' +
        'If it must stand, say why with --allow no-one-else|responder-asked|emergency-cover (the schedule then marks it).\n',
    );
    expect((await cli.run('shifts', 'list')).stdout).not.toMatch(/extra shift/);

    // Only one of the three reasons: free text is a usage error, and nothing reaches the server.
    const freeText = await extra('--allow', 'she said so');
    expect(freeText.code).toBe(2);
    expect(freeText.stderr).toContain('--allow must be one of no-one-else, responder-asked, emergency-cover');

    const allowed = await extra('--allow', 'no-one-else');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Extra shift (phone, primary)');
    const schedule = await cli.run('shifts', 'schedule', '--from', '2026-11-23', '--days', '1');
    expect(schedule.stdout).toMatch(
      /20:00-23:00 {2}phone primary {2}Ana \(one-off\) {2}OVER A REST RULE: .*\(allowed: no-one-else\)/,
    );

    // A weekly shift over the week's limit: 8 h a day and Monday's extra 3 h make Friday 43 h in 7 days against 40.
    for (const day of ['tue', 'wed', 'thu']) expect((await weekly(day)).code).toBe(0);
    const friday = await weekly('fri');
    expect(friday.code).toBe(1);
    expect(friday.stderr).toMatch(
      /Ana would be on call \d+ hours in 7 days \(from \w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2}\); the limit is 40 hours\./,
    );
    expect(friday.stderr).toContain('--allow no-one-else|responder-asked|emergency-cover');
    const rules = async () => expectJson<{ rules: Rule[] }>(await cli.run('shifts', 'list', '--json')).rules;
    expect(await rules()).toHaveLength(4);
    expect((await weekly('fri', '--allow', 'emergency-cover')).code).toBe(0);
    expect(await rules()).toHaveLength(5);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import type { Command } from './command';
import { flagFor } from './flags';
import { cliHarness, expectJson, type CliHarness } from './harness';
import { hoursCommands } from './hours';
import { programCommands } from './program';
import { shiftCommands } from './shifts';

const named = (commands: Command[], name: string): Command => {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command;
};

describe('CLI errors name the flag the person typed, not the API’s JSON pointer', () => {
  it('maps each field through the flags declared beside the command’s options', () => {
    const add = named(shiftCommands, 'shifts add');
    expect(flagFor('/start', add, {})).toBe('--from');
    expect(flagFor('/end', add, {})).toBe('--to');
    expect(flagFor('/day', add, {})).toBe('--day');
    expect(flagFor('/responderId', add, {})).toBe('--responder');
    const set = named(programCommands, 'program set');
    expect(flagFor('/phoneNumber', set, {})).toBe('--number');
    expect(flagFor('/timeZone', set, {})).toBe('--time-zone');
    expect(flagFor('/messages/es/greeting', set, {})).toBe('--message');
    // A field inside a list is the flag that filled the list; of two flags filling it, the one typed.
    const hours = named(hoursCommands, 'program hours set');
    expect(flagFor('/hours/weekly/3/end', hours, { weekly: ['mon-fri 09:00-25:00'] })).toBe('--weekly');
    expect(flagFor('/hours/weekly', hours, { always: true })).toBe('--always');
    expect(flagFor('/hours/exceptions/0/date', hours, {})).toBe('--closed');
    // No flag for it: the pointer, as before.
    expect(flagFor('/retention', set, {})).toBe('/retention');
    expect(flagFor('/start', undefined, {})).toBe('/start');
  });

  describe('against a real server', () => {
    let t: TestKith;
    let cli: CliHarness;
    afterEach(async () => {
      cli?.cleanup();
      await t?.stop();
    });

    async function signedIn(): Promise<string> {
      t = await startTestKith('sqlite', { cheapArgon: true });
      const { token } = await t.setup();
      cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
      return expectJson<{ id: string }>(
        await cli.run('responders', 'add', '--name', 'Ana', '--phone', '+1 202 555 0111', '--roles', 'phone', '--json'),
      ).id;
    }

    /** Each field line of a refusal, as the person reads it. */
    const fieldLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  '));

    it('shifts add, responders add, program set and hours set each name their own flags', async () => {
      const ana = await signedIn();
      const times = await cli.run(
        'shifts',
        'add',
        '--responder',
        ana,
        '--role',
        'phone',
        '--day',
        'mon',
        '--from',
        '25:00',
        '--to',
        '26:00',
      );
      expect(times.code).toBe(1);
      expect(fieldLines(times.stderr)).toEqual([
        '  --from: must be a time written HH:MM, from 00:00 to 23:59',
        '  --to: must be a time written HH:MM, from 00:00 to 24:00',
      ]);

      const role = await cli.run(
        'shifts',
        'add',
        '--responder',
        ana,
        '--role',
        'field',
        '--day',
        'mon',
        '--from',
        '09:00',
        '--to',
        '17:00',
      );
      expect(fieldLines(role.stderr)).toEqual(['  --role: Ana does not have the field role']);

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
      const overlap = await cli.run(
        'shifts',
        'add',
        '--responder',
        ana,
        '--role',
        'phone',
        '--day',
        'mon',
        '--from',
        '16:00',
        '--to',
        '18:00',
      );
      expect(overlap.code).toBe(1);
      expect(overlap.stderr).not.toMatch(/\/start|\/end/);

      const away = await cli.run(
        'shifts',
        'override',
        '--responder',
        ana,
        '--kind',
        'off',
        '--from',
        '2026-12-24T18:00',
        '--to',
        'tomorrow',
      );
      expect(fieldLines(away.stderr)[0]).toMatch(/^ {2}--to: must be a local date and time/);

      const phone = await cli.run('responders', 'add', '--name', 'Ben', '--phone', '+1 202 555 01', '--roles', 'phone');
      expect(phone.code).toBe(1);
      expect(fieldLines(phone.stderr)).toEqual([expect.stringMatching(/^ {2}--phone: is not a valid phone number/)]);
      expect(phone.stderr).not.toMatch(/202 ?555 ?01|20255501/);

      const program = await cli.run('program', 'set', '--number', '+1 202', '--time-zone', 'Mars/Olympus');
      expect(program.code).toBe(1);
      expect(fieldLines(program.stderr)).toEqual([
        '  --time-zone: "Mars/Olympus" is not an IANA time zone such as America/Chicago',
        '  --number: must be a valid phone number in E.164 form, such as +12025550100',
      ]);

      const hours = await cli.run(
        'program',
        'hours',
        'set',
        '--weekly',
        'mon-fri 09:00-25:00',
        '--closed',
        '2026-02-30',
      );
      expect(hours.code).toBe(1);
      const said = fieldLines(hours.stderr);
      expect(said.length).toBeGreaterThan(0);
      for (const line of said) expect(line).toMatch(/^ {2}--(weekly|closed): /);
      expect(said.some((line) => line.startsWith('  --closed: '))).toBe(true);

      const days = await cli.run('shifts', 'schedule', '--days', '90');
      expect(fieldLines(days.stderr)).toEqual([expect.stringMatching(/^ {2}--days: /)]);
    });
  });
});

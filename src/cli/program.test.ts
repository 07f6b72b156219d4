import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { cliHarness, expectJson, type CliHarness } from './harness';

describe('kith program and responders', () => {
  let t: TestKith;
  let cli: CliHarness;
  afterEach(async () => {
    cli?.cleanup();
    await t?.stop();
  });

  async function signedIn(): Promise<void> {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup('Northside Care Line');
    cli = cliHarness({ KITH_URL: t.url, KITH_TOKEN: token });
  }

  it('adds a responder, and refuses a bad phone number naming --phone without repeating it', async () => {
    await signedIn();
    const added = await cli.run(
      'responders',
      'add',
      '--name',
      'Ana',
      '--phone',
      '+1 202 555 0111',
      '--roles',
      'phone,field',
      '--languages',
      'en,es',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added Ana.');
    expect(added.stdout).toContain('kith shifts add --responder rsp_');

    const bad = await cli.run('responders', 'add', '--name', 'Ben', '--phone', '+1 202 555 01', '--roles', 'phone');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('  --phone: ');
    expect(bad.stderr).not.toMatch(/202 ?555 ?01|20255501/);
    expect(bad.stdout).toBe('');

    const roster = expectJson<{ id: string; name: string; status: string }[]>(
      await cli.run('responders', 'list', '--json'),
    );
    expect(roster.map((r) => r.name).sort()).toEqual(['Ana', 'Coordinator']);
    const ana = roster.find((r) => r.name === 'Ana')?.id ?? '';

    const paused = expectJson<{ status: string }>(await cli.run('responders', 'pause', ana, '--json'));
    expect(paused.status).toBe('paused');
    const updated = await cli.run('responders', 'update', ana, '--languages', 'es', '--name', 'Ana María');
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain('Ana María');
    expect(updated.stdout).toContain('Spanish (es)');
    expect((await cli.run('responders', 'resume', ana)).stdout).toContain('Resumed');
    const list = await cli.run('responders');
    expect(list.stdout).toMatch(/ID\s+NAME\s+ROLES\s+LANGUAGES\s+STATUS\s+PHONE/);
    expect(list.stdout).toContain('+12025550111');

    expect((await cli.run('responders', 'remove', ana)).code).toBe(0);
    const gone = await cli.run('responders', 'show', ana);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('not found');
  });

  it('refuses a bad time zone naming --time-zone, one field per line', async () => {
    await signedIn();
    const result = await cli.run('program', 'set', '--time-zone', 'Mars/Olympus', '--ring-timeout', '3');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kith: Invalid input:');
    expect(result.stderr).toMatch(/^ {2}--time-zone: .*IANA time zone/m);
    expect(result.stderr).toMatch(/^ {2}--ring-timeout: /m);
  });

  it('changes settings and own messages, and shows what callers hear', async () => {
    await signedIn();
    const set = await cli.run(
      'program',
      'set',
      '--number',
      '+1 202 555 0100',
      '--time-zone',
      'America/Chicago',
      '--ring-strategy',
      'in_order',
      '--message',
      'es.greeting=Hola, has llamado a {program}.',
    );
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('+12025550100');
    expect(set.stdout).toContain('es.greeting');
    // A second message keeps the first: the CLI merges, the API replaces.
    expect((await cli.run('program', 'set', '--message', 'en.noAnswer=Please try again soon.')).code).toBe(0);
    const program = expectJson<{ messages: Record<string, Record<string, string>>; ringStrategy: string }>(
      await cli.run('program', 'show', '--json'),
    );
    expect(program.messages).toEqual({
      es: { greeting: 'Hola, has llamado a {program}.' },
      en: { noAnswer: 'Please try again soon.' },
    });
    expect(program.ringStrategy).toBe('in_order');

    const spoken = expectJson<Record<string, Record<string, string>>>(await cli.run('program', 'messages', '--json'));
    expect(spoken.es?.greeting).toBe('Hola, has llamado a Northside Care Line.');
    // Empty text goes back to Kith's default wording.
    expect((await cli.run('program', 'set', '--message', 'es.greeting=')).code).toBe(0);
    const after = expectJson<{ messages: Record<string, unknown> }>(await cli.run('program', 'show', '--json'));
    expect(after.messages).toEqual({ en: { noAnswer: 'Please try again soon.' } });
  });

  it('sets hours, then the messages say them in every language', async () => {
    await signedIn();
    const hours = await cli.run(
      'program',
      'hours',
      'set',
      '--weekly',
      'fri 19:00-24:00',
      '--weekly',
      'sat 19:00-24:00',
      '--closed',
      '2026-12-25',
    );
    expect(hours.code).toBe(0);
    expect(hours.stdout).toContain('Fri 19:00-24:00');
    expect(hours.stdout).toContain('2026-12-25: closed');

    const messages = await cli.run('program', 'messages');
    expect(messages.code).toBe(0);
    expect(messages.stdout).toContain('English (en) — the default');
    expect(messages.stdout).toContain('Friday and Saturday, from 7:00 PM to midnight');
    expect(messages.stdout).toContain('viernes y sábado, de 19:00 a medianoche');

    const weekdays = expectJson<{ hours: { weekly: { day: string }[] } }>(
      await cli.run('program', 'hours', 'set', '--weekly', 'mon-fri 9:00-17:00', '--json'),
    );
    expect(weekdays.hours.weekly.map((w) => w.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect((await cli.run('program', 'hours', 'set', '--always')).stdout).toContain('Open every day, at any hour');

    const badTime = await cli.run('program', 'hours', 'set', '--weekly', 'fri 19:00-25:00');
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toContain('  --weekly: ');
  });

  it('treats a mistyped command as a usage error (exit 2), before asking the server', async () => {
    await signedIn();
    const cases: string[][] = [
      ['respnders', 'list'],
      ['responders', 'lst'],
      ['responders', 'add', '--name', 'Ana', '--roles', 'phone', '--colour', 'blue'],
      ['responders', 'add', '--name', 'Ana', '--roles', 'pilot'],
      ['responders', 'add', '--name', 'Ana'],
      ['responders', 'show'],
      ['responders', 'list', 'extra'],
      ['program', 'set'],
      ['program', 'set', '--ring-strategy', 'random'],
      ['program', 'set', '--ring-timeout', 'soon'],
      ['program', 'set', '--message', 'en.farewell=Bye'],
      ['program', 'hours', 'set'],
      ['program', 'hours', 'set', '--weekly', 'friday evenings'],
      ['program', 'hours', 'set', '--always', '--weekly', 'fri 19:00-24:00'],
      ['calls', 'end', 'call_x', '--reason', 'bored'],
      [],
    ];
    for (const argv of cases) {
      const result = await cli.run(...argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: 2 });
      expect(result.stderr).toMatch(/kith/);
    }
    const unknown = await cli.run('responders', 'add', '--name', 'Ana', '--roles', 'phone', '--colour', 'blue');
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).toContain('See: kith responders add --help');
  });
});

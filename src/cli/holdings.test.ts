import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { numberForms } from '../../test/support/canary';
import { DB_KINDS } from '../../test/support/databases';
import { startLine, type Line } from '../../test/support/line';
import { aliasIn, sweep } from '../../test/support/texting';
import type { Holdings } from './client';
import { cliHarness, expectJson, type CliHarness } from './harness';

/** Fictional numbers (555-01xx); the canary is the person's. */
const CANARY = '+12025550187';
const ANA = '+12025550111';
const HOUR = 60 * 60_000;

function expectNoCanary(text: string): void {
  for (const form of numberForms(CANARY)) expect(text, `the canary number, as ${form}`).not.toContain(form);
}

describe.each(DB_KINDS)('kith holdings (%s)', (kind) => {
  let line: Line | undefined;
  let cli: CliHarness | undefined;
  afterEach(async () => {
    cli?.cleanup();
    await line?.stop();
    line = undefined;
  });

  it('prints the program’s holdings by class, then a number’s while its conversation is open, then nothing after the grace', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    cli = cliHarness({ KITH_URL: line.t.url, KITH_TOKEN: line.token });
    line.sim.phone(CANARY).text('placeholder one');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(`${alias} placeholder two`);
    await line.sim.runUntilIdle();
    const outputs: string[] = [];

    const program = await cli.run('holdings');
    expect(program.code, program.stderr).toBe(0);
    outputs.push(program.stdout);
    expect(program.stdout).toMatch(
      /^What Kith holds about Northside Care Line right now \(Mon 2026-11-23 10:\d\d; times are in America\/New_York\):$/m,
    );
    expect(program.stdout).toContain('\nWho wrote, while their conversation needs it\n');
    expect(program.stdout).toContain(
      '  who wrote each conversation: a keyed hash, and for texts the number sealed — 1 — kept while the conversation is open, then 4 hours',
    );
    expect(program.stdout).toMatch(
      / {2}messages, both ways \(words sealed to their readers; direction and time\) — \d+ — kept while the conversation is open, then 30 days after it closes/,
    );
    expect(program.stdout).toContain('  sealed notes — 0 — none held');
    expect(program.stdout).toContain('The team (about the team, not callers)');
    expect(program.stdout).toMatch(/the roster, its sign-in keys and tokens, and shifts — \d+ \(responders 2, /);
    expect(program.stdout).toContain('Kith keeps no number for calls');
    expect(program.stdout.trimEnd().split('\n').at(-1)).toBe(
      'This is everything Kith holds about the program right now.',
    );

    // Asked in the national form; never printed back, in any form.
    const open = await cli.run('holdings', '--number', '(202) 555-0187');
    expect(open.code, open.stderr).toBe(0);
    outputs.push(open.stdout, open.stderr);
    expect(open.stdout).toContain('What Kith holds about the number you gave right now');
    expect(open.stdout).toContain(
      '  this number, sealed, and its keyed hash, in its conversations (erased at the time shown) — 1 — kept while the conversation is open, then 4 hours',
    );
    expect(open.stdout).not.toContain('holds nothing linked');
    expect(open.stdout.trimEnd().split('\n').at(-1)).toBe('This is everything Kith holds about this number right now.');

    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    // Closed at 10:00 New York time on the manual clock: the number is erased four hours later.
    const closed = await cli.run('holdings', '--number', '2025550187');
    outputs.push(closed.stdout);
    expect(closed.stdout).toMatch(
      /this number, sealed, and its keyed hash, in its conversations \(erased at the time shown\) — 1 — expires Mon 2026-11-23 14:\d\d\n/,
    );
    const asJson = expectJson<Holdings>(await cli.run('holdings', '--number', CANARY, '--json'));
    outputs.push(JSON.stringify(asJson));
    expect(asJson.scope).toBe('number');
    expect(asJson.items.find((i) => i.tables[0]?.table === 'conversations.sender_index')?.waiting).toBe(0);

    line.clock.advance(4 * HOUR + 5 * 60_000);
    expect((await sweep(line)).erased).toBe(1);
    const gone = await cli.run('holdings', '--number', CANARY);
    expect(gone.code).toBe(0);
    outputs.push(gone.stdout);
    expect(gone.stdout).toContain('\nKith holds nothing linked to this number.\n');
    expect(gone.stdout).not.toMatch(/ — \d+ — /);
    expect(gone.stdout.trimEnd().split('\n').at(-1)).toBe('This is everything Kith holds about this number right now.');

    for (const output of outputs) expectNoCanary(output);
    expectNoCanary(readFileSync(line.t.logFile, 'utf8'));
  });

  it('refuses an invalid number naming it as --number’s problem, without repeating it, and explains itself in --help', async () => {
    line = await startLine(kind);
    cli = cliHarness({ KITH_URL: line.t.url, KITH_TOKEN: line.token });
    const bad = await cli.run('holdings', '--number', '202 555 01');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--number: is not a valid phone number for US');
    expect(`${bad.stdout}${bad.stderr}`).not.toMatch(/202 ?555 ?01/);
    expect((await cli.run('holdings', '--number', ' ')).code).toBe(2);
    expect((await cli.run('holdings', '2025550187')).code).toBe(2);

    const help = await cli.run('holdings', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kith holdings [options]');
    expect(help.stdout).toContain('--number NUMBER');
    expect(help.stdout).toContain('never in a URL');
    expect((await cli.run('--help')).stdout).toMatch(/^ {2}holdings +Everything Kith holds now/m);
  });
});

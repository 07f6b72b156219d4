import { afterEach, describe, expect, it } from 'vitest';
import { oweDeletions, retryOwedDeletions } from '../../src/provider-copies/owed';
import { copyDepsOf } from '../../src/provider-copies/sweep';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { aliasIn } from '../support/texting';

const CALLER = '+12025550177';
const ANA = '+12025550111';
const BEN = '+12025550112';
const PERSON = '+12025550178';
const MINUTE = 60_000;

/** The owed-deletions job, run as the server runs it, after the test moved the clock. */
const retry = (line: Line) => retryOwedDeletions(copyDepsOf(line.t.kith.ctx));
const owed = (line: Line) =>
  line.t.kith.ctx.db.kysely
    .selectFrom('provider_deletions')
    .select(['message_ref', 'kind', 'attempts', 'not_before'])
    .orderBy('message_ref')
    .execute();
const heldFrom = (line: Line, number: string) =>
  line.sim.callRecords.filter((c) => c.from === number || c.to === number);

describe.each(DB_KINDS)('what the provider keeps of calls and texts (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('an answered call: the caller’s call and every responder leg are owed when it ends, and deleted once the wait is over', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary', behaviour: { kind: 'ignore' } });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    const [call] = await line.t.kith.ctx.db.kysely.selectFrom('calls').selectAll().execute();
    expect(call).toMatchObject({ outcome: 'answered', caller_leg_ref: null });

    const records = line.sim.callRecords;
    // The caller's call, Ana's leg and Ben's (placed at once, so in either order).
    expect(records.map((r) => r.status).sort()).toEqual(['canceled', 'completed', 'completed']);
    const debts = await owed(line);
    expect(debts.map((d) => d.message_ref)).toEqual(records.map((r) => r.sid).sort());
    expect(
      debts.every((d) => d.kind === 'call' && d.attempts === 0 && d.not_before === (call?.ended_at ?? 0) + MINUTE),
    ).toBe(true);

    expect(await retry(line)).toEqual({ deleted: 0, refused: 0, gaveUp: 0 }); // not due yet
    expect(heldFrom(line, CALLER)).toHaveLength(1);
    line.clock.advance(MINUTE);
    expect(await retry(line)).toEqual({ deleted: 3, refused: 0, gaveUp: 0 });
    expect(line.sim.callRecords).toEqual([]);
    expect(await owed(line)).toEqual([]);
    // Kith's own record, with no number in it, stays for evaluation.
    expect(
      (await line.t.kith.ctx.db.kysely.selectFrom('calls').select('outcome').execute()).map((c) => c.outcome),
    ).toEqual(['answered']);
  });

  it('a call nobody could be rung for ends at the greeting; its record is deleted too', async () => {
    line = await startLine(kind);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(heldFrom(line, CALLER)).toHaveLength(1);
    expect((await owed(line)).map((d) => d.kind)).toEqual(['call']);
    line.clock.advance(MINUTE);
    await retry(line);
    expect(line.sim.callRecords).toEqual([]);
  });

  it('a deletion refused while the call is in progress stays owed, is asked again after a wait, and then succeeds', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 120 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(60);
    expect(heldFrom(line, CALLER)[0]?.status).toBe('in-progress');
    // A debt that comes due while the provider still has the call live (as one would if a call outlived its waits).
    const db = line.t.kith.ctx.db.kysely;
    await oweDeletions(db, 'call', [call.sid], line.clock.now());
    expect(await retry(line)).toEqual({ deleted: 0, refused: 1, gaveUp: 0 });
    expect(await owed(line)).toEqual([
      { message_ref: call.sid, kind: 'call', attempts: 1, not_before: line.clock.now() + MINUTE },
    ]);
    expect(heldFrom(line, CALLER)).toHaveLength(1);

    await line.sim.runUntilIdle(); // the call ends; Kith owes the legs' records as well
    line.clock.advance(MINUTE);
    expect((await retry(line)).deleted).toBe(2);
    expect(line.sim.callRecords).toEqual([]);
    expect(await owed(line)).toEqual([]);
  });

  it('a crash between the end of a call and its deletion loses nothing: the debt is in the database', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.callRecords).toHaveLength(2);
    const restarted = await line.t.restart();
    const sim = line.sim;
    line = {
      ...line,
      t: restarted,
      stop: async () => {
        await restarted.stop();
        await sim.stop();
      },
    };
    sim.connectApp(restarted.url);
    line.clock.advance(10 * MINUTE);
    expect((await retry(line)).deleted).toBe(2);
    expect(line.sim.callRecords).toEqual([]);
  });

  it('every text Kith sends through the API asks the provider to keep neither its body nor the full number', async () => {
    // Copies kept for a minute, so the test can look at them before Kith deletes them.
    line = await startLine(kind, { deleteRefusedForSeconds: 60 });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('is anyone there');
    await line.sim.runUntilIdle();
    line.sim.phone(ANA).text(`${aliasIn(line, ANA)} yes, I am here`);
    await line.sim.runUntilIdle();
    const sent = line.sim.messages.filter((m) => m.direction === 'outbound-api');
    expect([...new Set(sent.map((m) => m.to))].sort()).toEqual([ANA, PERSON]);
    expect(sent.every((m) => m.contentRetention === 'discard' && m.addressRetention === 'obfuscate')).toBe(true);
    // TwiML <Message> replies (the first reply) cannot carry them: those copies are deleted like every other.
    expect(line.sim.messages.some((m) => m.direction === 'outbound-reply' && m.contentRetention === undefined)).toBe(
      true,
    );
    line.clock.advance(10 * MINUTE);
    await retry(line);
    expect(line.sim.messages).toEqual([]);
  });

  it('an account without Message Redaction refuses them; texts still go out, without', async () => {
    line = await startLine(kind, { messageRedaction: false });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('is anyone there');
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).length).toBeGreaterThan(0);
    expect(line.sim.errors.map((e) => e.message)).toEqual(['REST 30029: Invalid ContentRetention.']);
  });
});

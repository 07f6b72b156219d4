import { afterEach, describe, expect, it } from 'vitest';
import { OUTBOUND_GRACE_MS } from '../../src/conversations/provider-copies';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { sweep } from '../support/texting';

/** Texting where the real provider or carrier behaves as documented and our assumptions did not. */
const ANA = '+12025550162';
const PERSON = '+12025550197';

const owed = (line: Line) =>
  line.t.kith.ctx.db.kysely
    .selectFrom('provider_deletions')
    .select(['message_ref', 'kind', 'not_before'])
    .orderBy('message_ref')
    .execute();

describe.each(DB_KINDS)('texting against the real protocol (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('a carrier that never reports past sent: the replies and alerts are still deleted at the provider, after the grace', async () => {
    line = await startLine(kind, { simulator: { deliveryReceipts: false } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('is anyone there');
    await line.sim.runUntilIdle();

    // The person got the first reply and Ana her alert; the carrier said no more than `sent`.
    expect(line.sim.inbox(PERSON)).toHaveLength(1);
    expect(line.sim.inbox(ANA)).toHaveLength(1);
    const outbound = line.sim.messages.filter((m) => m.direction !== 'inbound');
    expect(outbound.map((m) => [m.direction, m.status]).sort()).toEqual([
      ['outbound-api', 'sent'],
      ['outbound-reply', 'sent'],
    ]);
    // Both are owed a deletion now — the reply too, though its status never became final.
    outbound.sort((a, b) => a.sid.localeCompare(b.sid));
    expect((await owed(line)).map((d) => d.message_ref)).toEqual(outbound.map((m) => m.sid));

    const due = (await owed(line)).map((d) => d.not_before);
    for (const [i, message] of outbound.entries())
      expect(due[i]).toBeGreaterThanOrEqual(message.createdAt + OUTBOUND_GRACE_MS);
    line.clock.set(Math.min(...due) - 1000);
    await sweep(line);
    expect(line.sim.messages.filter((m) => m.direction !== 'inbound')).toHaveLength(2); // not due yet
    line.clock.set(Math.max(...due) + 1000);
    await sweep(line);
    expect(line.sim.messages).toEqual([]);
    expect(await owed(line)).toEqual([]);
    expect(line.sim.errors).toEqual([]);
  });

  it('on a SignalWire account, texts Kith sends through the API go out, without the privacy parameters it refuses', async () => {
    // Carriers that report no delivery keep the provider's copies in view (they are deleted only after the grace).
    line = await startLine(kind, { simulator: { provider: 'signalwire', deliveryReceipts: false } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('hello');
    await line.sim.runUntilIdle();
    line.sim.phone('+12025550198').text('hello too');
    await line.sim.runUntilIdle();

    // Ana was alerted to both conversations: the first send was refused once and sent again.
    expect(line.sim.inbox(ANA)).toHaveLength(2);
    const sent = line.sim.messages.filter((m) => m.direction === 'outbound-api');
    expect(sent.map((m) => [m.to, m.contentRetention, m.addressRetention])).toEqual([
      [ANA, undefined, undefined],
      [ANA, undefined, undefined],
    ]);
    expect(line.sim.errors).toEqual([]);
  });
});

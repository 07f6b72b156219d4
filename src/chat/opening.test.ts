import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ServerKeys } from '../crypto/server-keys';
import { chatGates } from './gates';
import { admitOpening, challengeBits, sourceKey } from './opening';
import { PRESSURE } from './pressure';
import { PROOF, solve } from './proof';
import { sessionOf } from './session';

/** A stand-in for the server's keyed hashes: distinct per input, deterministic, never the input itself. */
const keys: ServerKeys = {
  index: (purpose, value) => createHash('sha256').update(`${purpose}|${value}`).digest('hex'),
  seal: () => '',
  open: () => '',
  vapid: { publicKey: '', privateKey: '' },
};
const T = 1_800_000_000_000;
const session = (n: number) => sessionOf(keys, `secret-${n}`.padEnd(43, 'x'));

describe('who may open a new chat', () => {
  it('a source that can be told apart pays a proof past its own limit, while others stay free', () => {
    const gates = chatGates(keys);
    const flooder = sourceKey(keys, '203.0.113.7');
    expect(flooder).toBeDefined();
    expect(flooder).not.toContain('203.0.113.7');
    for (let i = 0; i < 5; i++) expect(admitOpening(gates, session(i), { source: flooder }, T).ok).toBe(true);
    expect(admitOpening(gates, session(5), { source: flooder }, T)).toEqual({ ok: false, refused: 'proofNeeded' });
    // Someone else, from another address, is not under pressure (6 attempts < threshold).
    expect(admitOpening(gates, session(6), { source: sourceKey(keys, '198.51.100.2') }, T).ok).toBe(true);
    // With a solved challenge the flooder's source is let in: costly, never closed.
    const challenge = gates.proofs.challenge(session(7).senderIndex, challengeBits(gates, T), T);
    expect(admitOpening(gates, session(7), { source: flooder, work: `${challenge}:${solve(challenge)}` }, T).ok).toBe(
      true,
    );
  });

  it('loopback (the proxy in front, or Tor) is everyone: never limited per source', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', undefined])
      expect(sourceKey(keys, address)).toBeUndefined();
  });

  it('under pressure a proof is bound to its session, spent once, and expires; the difficulty rises with the rate', () => {
    const gates = chatGates(keys);
    for (let i = 0; i < PRESSURE.threshold; i++) admitOpening(gates, session(i), {}, T);
    expect(gates.pressure.bits(T)).toBe(PRESSURE.baseBits);
    const mine = session(100);
    const challenge = gates.proofs.challenge(mine.senderIndex, challengeBits(gates, T), T);
    const work = `${challenge}:${solve(challenge)}`;
    const unused = gates.proofs.challenge(mine.senderIndex, challengeBits(gates, T), T);
    expect(gates.proofs.checkWork(`${unused}:${solve(unused)}`, mine.senderIndex, T + PROOF.challengeLifeMs)).toBe(
      'expired',
    );
    expect(admitOpening(gates, session(101), { work }, T).ok).toBe(false);
    expect(admitOpening(gates, mine, { work: `${challenge}:x` }, T).ok).toBe(false);
    expect(admitOpening(gates, mine, { work }, T).ok).toBe(true);
    expect(admitOpening(gates, mine, { work }, T).ok).toBe(false);
    gates.proofs.unspend(work);
    expect(admitOpening(gates, mine, { work }, T).ok).toBe(true);
    for (let i = 0; i < 4 * PRESSURE.threshold; i++) admitOpening(gates, session(200 + i), {}, T);
    expect(gates.pressure.bits(T)).toBeGreaterThan(PRESSURE.baseBits);
    expect(gates.pressure.bits(T)).toBeLessThanOrEqual(PRESSURE.maxBits);
    // A minute later the line is calm again.
    expect(gates.pressure.bits(T + PRESSURE.windowMs)).toBe(0);
  });

  it('a ticket is valid only after its wait, once, within the line-wide budget', () => {
    const gates = chatGates(keys);
    for (let i = 0; i < PRESSURE.threshold; i++) admitOpening(gates, session(i), {}, T);
    const later = T + PROOF.ticketWaitMs;
    const tickets = Array.from({ length: PROOF.ticketsPerMinute + 1 }, (_, i) => ({
      who: session(300 + i),
      ticket: gates.proofs.ticket(session(300 + i).senderIndex, T),
    }));
    const first = tickets[0];
    if (!first) throw new Error('no ticket');
    expect(admitOpening(gates, first.who, { ticket: first.ticket }, T + 1)).toEqual({ ok: false, refused: 'notYet' });
    const verdicts = tickets.map(({ who, ticket }) => admitOpening(gates, who, { ticket }, later));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(PROOF.ticketsPerMinute);
    expect(verdicts.at(-1)).toEqual({ ok: false, refused: 'busy' });
    expect(admitOpening(gates, first.who, { ticket: first.ticket }, later).ok).toBe(false);
  });
});

import { keyId, ready } from '../crypto/e2e';
import { sealOffThread } from '../crypto/sealing';
import { briefingDue } from '../program/briefing';
import type { Program } from '../program/types';
import { reachableAmong } from '../responders/service';
import type { Reachable } from '../responders/types';
import { scheduledAt } from '../shifts/on-call';
import type { Tier } from '../shifts/types';
import type { TextDeps } from './deps';
import { QUEUE, queueReaderOf } from './queue/service';
import { activeWithKeys, publicKeysOf, type ConversationRow, type StoredReader } from './repo';

/** Who a message is sealed to: a responder by id, or the web-chat visitor ("person"). */
export interface Reader {
  reader: string;
  publicKey: string;
}

export const PERSON = 'person';
export { QUEUE };

/**
 * Someone on call for texts, with the tiers they are on call for now, and whether they may be
 * alerted: not before they have read the plan (program/briefing.ts). Words are sealed to them
 * either way, so once they have read it they can read what came in meanwhile.
 */
export type OnCallForTexts = Omit<Reachable, 'plan' | 'briefing'> & { tiers: Tier[]; briefed: boolean };

/** Of those on call, the ones who may be texted an alert now. */
export const alertable = <T extends { briefed: boolean }>(onCall: readonly T[]): T[] => onCall.filter((r) => r.briefed);

/** On call for the phone role now, active, not on break: the people a waiting conversation is for. */
export async function onCallForTexts(
  deps: Pick<TextDeps, 'db'>,
  program: Program,
  now: number,
  tier?: Tier,
): Promise<OnCallForTexts[]> {
  const tiersOf = new Map<string, Tier[]>();
  for (const entry of await scheduledAt(deps.db, program, now, 'phone'))
    tiersOf.set(entry.responderId, [...(tiersOf.get(entry.responderId) ?? []), entry.tier]);
  const rows = await reachableAmong(deps, program.id, [...tiersOf.keys()], now);
  // A shift outlives a role that was later taken away: only people who still hold the phone role.
  const onCall = rows
    .filter((row) => row.roles.includes('phone'))
    .map(({ plan, briefing, ...row }) => ({
      ...row,
      tiers: tiersOf.get(row.id) ?? [],
      briefed: !briefingDue(plan, program.care.briefEveryShifts, briefing),
    }));
  return tier === undefined ? onCall : ofTier(onCall, tier);
}

/** Of those on call, the ones on call for `tier` (in the same order). */
export const ofTier = (onCall: readonly OnCallForTexts[], tier: Tier): OnCallForTexts[] =>
  onCall.filter((r) => r.tiers.includes(tier));

async function keysOf(deps: Pick<TextDeps, 'db'>, ids: string[]): Promise<Reader[]> {
  return (await publicKeysOf(deps.db, ids)).map((row) => ({ reader: row.responderId, publicKey: row.publicKey }));
}

/**
 * Who may read the next message of a conversation: whoever holds it, or (while it waits, or while its
 * holder has no key because they work only from their phone) everyone on call for texts, of both
 * tiers, since the server cannot re-seal earlier messages when backup is alerted. With nobody on call
 * who has signed in, the coordinators. The web-chat visitor always. Words are never sealed to no one
 * while anyone in the program has a key. A web chat nobody holds (or no chat yet) is sealed to the
 * program's queue key instead, once a coordinator's console has made one: the same reader at every
 * hour, so the chat page's `/chat/readers` tells nobody who is on call (issue 15, queue/service.ts).
 */
export async function readersFor(
  deps: Pick<TextDeps, 'db'>,
  program: Program,
  conversation: Pick<ConversationRow, 'claimed_by' | 'person_public_key'> & Partial<Pick<ConversationRow, 'channel'>>,
  now: number,
  /** `onCallForTexts` at `now`, when the caller has just read it (a text's arrival reads it once, not three times). */
  onCallNow?: readonly OnCallForTexts[],
): Promise<Reader[]> {
  const person: Reader[] = conversation.person_public_key
    ? [{ reader: PERSON, publicKey: conversation.person_public_key }]
    : [];
  if (conversation.claimed_by) {
    const holder = await keysOf(deps, [conversation.claimed_by]);
    // A holder working only from their phone has no key: the words go to those who could read them before.
    if (holder.length > 0) return [...holder, ...person];
  }
  if (conversation.channel === 'chat') {
    const queue = await queueReaderOf(deps.db, program.id);
    if (queue) return [queue, ...person];
  }
  const onCall = (onCallNow ?? (await onCallForTexts(deps, program, now))).flatMap((r) =>
    r.publicKey ? [{ reader: r.id, publicKey: r.publicKey }] : [],
  );
  if (onCall.length > 0) return [...onCall, ...person];
  const coordinators = await activeWithKeys(deps.db, program.id);
  return [
    ...coordinators
      .filter((c) => (JSON.parse(c.roles) as string[]).includes('coordinator'))
      .map((c) => ({ reader: c.id, publicKey: c.publicKey })),
    ...person,
  ];
}

/**
 * The readers the last text's transaction found for a conversation nobody holds: the next such text is
 * sealed to them before its own transaction, rather than reading who is on call twice a text (a surge's
 * CPU). Only a guess: the transaction reads them again and `sealedFor` seals again if one is missing, so
 * a stale guess (the shifts changed) costs one seal, never a reader. One program at a time: an install
 * has one, and another program's text just reads.
 */
let lastUnheld: { programId: string; readers: Reader[] } | undefined;

export function rememberUnheldReaders(programId: string, readers: Reader[]): void {
  lastUnheld = { programId, readers };
}

export const unheldReadersGuess = (programId: string): Reader[] | undefined =>
  lastUnheld?.programId === programId ? lastUnheld.readers : undefined;

/** A message's sealed body and each reader's sealed key to it, as stored. */
export interface SealedWords {
  sealed: string;
  readers: StoredReader[];
}

/** Seals words to readers the moment they arrive; the plaintext is not kept. Null without readers. */
export async function sealToReaders(
  readers: Reader[],
  messageId: string,
  words: string,
): Promise<SealedWords | undefined> {
  if (readers.length === 0 || words === '') return undefined;
  await ready(); // keyId below needs it on this thread too
  const record = await sealOffThread({
    recordId: messageId,
    plaintext: words,
    readers: readers.map((r) => ({ keyId: keyId(r.publicKey), publicKey: r.publicKey })),
  });
  const stored = await keysFor(readers, record.keys);
  // Sealed to exactly these readers just now: a key missing is a fault in sealing, never stored as is.
  if (!stored) throw new Error('a record sealed to its readers lacks one of their keys');
  return {
    sealed: JSON.stringify({ v: record.v, alg: record.alg, nonce: record.nonce, ciphertext: record.ciphertext }),
    readers: stored,
  };
}

/**
 * Each of `readers` with their sealed key from a record sealed earlier (in a visitor's browser, or
 * here before the transaction that stores it); undefined when one of them has none: the readers
 * changed since, and it must be sealed again. Keys of anyone no longer a reader are left out, so
 * they are not stored and the record is theirs no more.
 */
export async function keysFor(
  readers: readonly Reader[],
  keys: readonly { keyId: string; sealedKey: string }[],
): Promise<StoredReader[] | undefined> {
  await ready();
  const byKey = new Map(keys.map((k) => [k.keyId, k.sealedKey]));
  const stored: StoredReader[] = [];
  for (const reader of readers) {
    const id = keyId(reader.publicKey);
    const sealedKey = byKey.get(id);
    if (sealedKey === undefined) return undefined;
    stored.push({ reader: reader.reader, keyId: id, sealedKey });
  }
  return stored;
}

/**
 * Words sealed before the transaction that stores them (`early`), checked in it against the readers
 * it finds: kept when every one of them can open it, sealed again, there, when not (someone took the
 * conversation or the shifts changed in between: rare). Sealing inside the transaction held SQLite's
 * only connection, or a PostgreSQL pool lane, through a worker thread's seal and two wake-ups, and
 * every call webhook waited behind it in a surge (issue 14).
 */
export async function sealedFor(
  readers: Reader[],
  early: SealedWords | undefined,
  messageId: string,
  words: string,
): Promise<SealedWords | undefined> {
  if (readers.length === 0 || words === '') return undefined;
  const kept = early && (await keysFor(readers, early.readers));
  return kept && early ? { sealed: early.sealed, readers: kept } : sealToReaders(readers, messageId, words);
}

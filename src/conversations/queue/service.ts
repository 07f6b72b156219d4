import { keyId, ready } from '../../crypto/e2e';
import { checkSealedKey } from '../../notes/sealed';
import { DomainError, invalid, type FieldProblem } from '../../platform/errors';
import type { Principal } from '../../platform/principal';
import { addReaders } from '../messages';
import { activeWithKeys } from '../repo';
import type { Db } from '../types';
import * as repo from './repo';

/**
 * The web chat's queue key (issue 15): a waiting chat is sealed to one stable X25519 key instead of
 * to whoever is on call, so what `/chat/readers` answers says nothing of the shift pattern. The pair
 * is made in a coordinator's browser; its secret is sealed there to each phone-role member's and
 * coordinator's current key. The server keeps the public key and the wraps, checks that each wrap is
 * for a member's current key, deletes the wrap of anyone who stops being a member at once and asks
 * the next coordinator console to rotate. It never sees the secret (docs/CRYPTO.md, "The queue key").
 */

/** A message's reader entry for the queue key, in `message_readers.reader`. */
export const QUEUE = 'queue';

/** Someone who should hold the queue key's secret, with the key it must be sealed to. */
export interface QueueMember {
  responderId: string;
  keyId: string;
  publicKey: string;
}

/** A wrap as a console sends it: the secret sealed to one member's current key. */
export interface WrapIn {
  responderId: string;
  memberKeyId: string;
  sealed: string;
}

/** The program's queue key as a reader of a waiting chat, or undefined before any coordinator made one. */
export async function queueReaderOf(
  db: Db,
  programId: string,
): Promise<{ reader: string; publicKey: string } | undefined> {
  const row = await repo.queueKeyOf(db, programId);
  return row ? { reader: QUEUE, publicKey: row.public_key } : undefined;
}

/** Active phone-role members and coordinators with a key: everyone who holds the secret. */
export async function queueMembers(db: Db, programId: string): Promise<QueueMember[]> {
  await ready();
  return (await activeWithKeys(db, programId))
    .filter((r) => (JSON.parse(r.roles) as string[]).some((role) => role === 'phone' || role === 'coordinator'))
    .map((r) => ({ responderId: r.id, keyId: keyId(r.publicKey), publicKey: r.publicKey }));
}

/**
 * Deletes every wrap that no longer fits: of someone removed, paused or without the role (and then
 * asks for a rotation, since they may have kept the secret), of a member's older key, or of an older
 * queue key. Run after every roster change and whenever a console asks for the key.
 */
export async function pruneQueueWraps(db: Db, programId: string, now: number): Promise<void> {
  const key = await repo.queueKeyOf(db, programId);
  if (!key) return;
  const members = new Map((await queueMembers(db, programId)).map((m) => [m.responderId, m.keyId]));
  const wraps = await repo.wrapsOf(db, programId);
  const gone = wraps.filter((w) => !members.has(w.responder_id));
  const stale = wraps.filter(
    (w) =>
      members.has(w.responder_id) && (w.queue_key_id !== key.key_id || members.get(w.responder_id) !== w.member_key_id),
  );
  await repo.deleteWraps(
    db,
    programId,
    [...gone, ...stale].map((w) => w.responder_id),
  );
  if (gone.length > 0) await repo.markRotate(db, programId, now);
}

export interface QueueState {
  key: { keyId: string; publicKey: string; createdAt: number; rotate: boolean } | null;
  /** My wrap of the current key under my current key, if I have one. */
  mine: { memberKeyId: string; sealed: string } | null;
  /** Members with no wrap under their current key: for a console that holds the secret to wrap. */
  lacking: QueueMember[];
  /** Everyone who should hold it: what a new key (first or rotated) is wrapped to. */
  members: QueueMember[];
  /** Waiting chats' messages as sealed to the queue key: a rotating console re-seals them to the new one. */
  waiting: { messageId: string; sealed: string; keyId: string; sealedKey: string }[];
}

/** What a member's console needs to open, share or rotate the queue key; others see only the public key. */
export async function queueState(db: Db, who: Principal, now: number): Promise<QueueState> {
  await pruneQueueWraps(db, who.programId, now);
  const key = await repo.queueKeyOf(db, who.programId);
  const members = await queueMembers(db, who.programId);
  const isMember = members.some((m) => m.responderId === who.responderId);
  const wraps = await repo.wrapsOf(db, who.programId);
  const wrapOf = new Map(wraps.map((w) => [w.responder_id, w]));
  const mine = wrapOf.get(who.responderId);
  const coordinator = who.roles.includes('coordinator');
  return {
    key: key
      ? { keyId: key.key_id, publicKey: key.public_key, createdAt: key.created_at, rotate: key.rotate_since !== null }
      : null,
    mine: mine ? { memberKeyId: mine.member_key_id, sealed: mine.sealed } : null,
    lacking: isMember && key ? members.filter((m) => !wrapOf.has(m.responderId)) : [],
    members: coordinator ? members : [],
    waiting: coordinator && key?.rotate_since ? await repo.queueSealedOfWaitingChats(db, who.programId) : [],
  };
}

function checkWraps(wraps: WrapIn[], members: QueueMember[]): FieldProblem[] {
  const byId = new Map(members.map((m) => [m.responderId, m]));
  return wraps.flatMap((w, i) => {
    const member = byId.get(w.responderId);
    if (!member)
      return [{ field: `/wraps/${i}/responderId`, message: 'is not an active phone-role member or coordinator' }];
    if (w.memberKeyId !== member.keyId)
      return [{ field: `/wraps/${i}/memberKeyId`, message: 'must be the id of their current public key' }];
    return checkSealedKey({ keyId: w.memberKeyId, sealedKey: w.sealed }, `/wraps/${i}`).map((p) => ({
      ...p,
      field: p.field.replace(/\/keyId$/, '/memberKeyId').replace(/\/sealedKey$/, '/sealed'),
    }));
  });
}

const wrapRows = (who: Principal, queueKeyId: string, wraps: WrapIn[], now: number) =>
  wraps.map((w) => ({
    program_id: who.programId,
    responder_id: w.responderId,
    queue_key_id: queueKeyId,
    member_key_id: w.memberKeyId,
    sealed: w.sealed,
    added_by: who.responderId,
    added_at: now,
  }));

export interface NewQueueKey {
  publicKey: string;
  /** The key id this one replaces (a rotation), or null for the first. */
  replaces: string | null;
  wraps: WrapIn[];
  /** Waiting chats' data keys re-sealed to the new key by the rotating console. */
  reseal: { messageId: string; sealedKey: { keyId: string; sealedKey: string } }[];
}

/**
 * A coordinator's console makes the first queue key, or the next one when a rotation is owed. One
 * winner: `replaces` must name the current key (or null while there is none), else 409. The new key
 * comes with the maker's own wrap at least, so it is never a key nobody holds.
 */
export async function putQueueKey(db: Db, who: Principal, body: NewQueueKey, now: number): Promise<void> {
  await ready();
  let newKeyId = '';
  try {
    newKeyId = keyId(body.publicKey);
  } catch {
    throw invalid([{ field: '/publicKey', message: 'must be a 32-byte X25519 public key in base64url' }]);
  }
  const current = await repo.queueKeyOf(db, who.programId);
  if ((current?.key_id ?? null) !== body.replaces || (current && current.rotate_since === null))
    throw new DomainError('conflict', 'The queue key has changed or needs no rotation: load it again');
  const members = await queueMembers(db, who.programId);
  const problems = checkWraps(body.wraps, members);
  if (!body.wraps.some((w) => w.responderId === who.responderId))
    problems.push({ field: '/wraps', message: 'must include my own wrap' });
  const waiting = new Set((await repo.queueSealedOfWaitingChats(db, who.programId)).map((m) => m.messageId));
  body.reseal.forEach((r, i) => {
    if (!waiting.has(r.messageId))
      problems.push({
        field: `/reseal/${i}/messageId`,
        message: 'is not a waiting chat message sealed to the queue key',
      });
    if (r.sealedKey.keyId !== newKeyId)
      problems.push({ field: `/reseal/${i}/sealedKey/keyId`, message: 'must be the new queue key’s id' });
    problems.push(...checkSealedKey(r.sealedKey, `/reseal/${i}/sealedKey`));
  });
  if (problems.length > 0) throw invalid(problems);
  const conflict = () => new DomainError('conflict', 'The queue key has changed: load it again');
  await db.transaction().execute(async (trx) => {
    const key = { program_id: who.programId, key_id: newKeyId, public_key: body.publicKey };
    if (!(await repo.putQueueKey(trx, { ...key, created_by: who.responderId, created_at: now }, body.replaces)))
      throw conflict();
    await repo.putWraps(trx, wrapRows(who, newKeyId, body.wraps, now));
    await addReaders(
      trx,
      body.reseal.map((r) => ({
        messageId: r.messageId,
        reader: { reader: QUEUE, keyId: r.sealedKey.keyId, sealedKey: r.sealedKey.sealedKey },
      })),
    );
  });
}

/**
 * A member whose console holds the secret wraps it for members who lack it (joined late, a new key).
 * Only a current holder may (the server cannot tell otherwise what it is handed); a wrap for a key id
 * that is not the member's current key is refused.
 */
export async function addQueueWraps(
  db: Db,
  who: Principal,
  body: { queueKeyId: string; wraps: WrapIn[] },
  now: number,
): Promise<void> {
  await ready();
  await pruneQueueWraps(db, who.programId, now);
  const key = await repo.queueKeyOf(db, who.programId);
  if (!key || key.key_id !== body.queueKeyId)
    throw new DomainError('conflict', 'The queue key has changed: load it again');
  const mine = (await repo.wrapsOf(db, who.programId)).find((w) => w.responder_id === who.responderId);
  if (!mine) throw new DomainError('forbidden', 'Only someone who holds the queue key can share it');
  const problems = checkWraps(body.wraps, await queueMembers(db, who.programId));
  if (problems.length > 0) throw invalid(problems);
  await repo.putWraps(db, wrapRows(who, key.key_id, body.wraps, now));
}

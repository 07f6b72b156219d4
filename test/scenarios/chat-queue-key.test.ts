import { afterEach, describe, expect, it } from 'vitest';
import {
  generateIdentity,
  keyId,
  openRecordText,
  openSharedKey,
  ready,
  shareRecord,
  wrapSharedKey,
  type Identity,
  type SealedRecord,
} from '../../src/crypto/e2e';
import { chatConversations, conversationAs, onCallMember, Visitor } from '../../src/chat/test-fixtures';
import type { QueueStateView } from '../../src/conversations/queue/schema';
import type { Member } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';

const ANA = '+12025550111';
const BEN = '+12025550112';
const CORA = '+12025550113';
const OLI = '+12025550114';
const DAY = 24 * 60 * 60_000;

async function queueState(member: Member): Promise<QueueStateView> {
  return (await member.browser.request<QueueStateView>('GET', '/api/queue-key')).body;
}

/** What a coordinator's console does: a new pair, wrapped to every member, waiting chats re-sealed to it. */
async function makeQueueKey(coordinator: Member, old?: Identity): Promise<{ status: number; key: Identity }> {
  await ready();
  const state = await queueState(coordinator);
  const key = generateIdentity();
  const reseal = state.waiting.flatMap((m) => {
    if (!old) return [];
    const { nonce, ciphertext } = JSON.parse(m.sealed) as { nonce: string; ciphertext: string };
    const record: SealedRecord = {
      v: 1,
      alg: 'xchacha20poly1305-ietf+x25519-sealedbox',
      recordId: m.messageId,
      nonce,
      ciphertext,
      keys: [{ keyId: m.keyId, sealedKey: m.sealedKey }],
    };
    const entry = shareRecord(record, old, key).keys.find((k) => k.keyId === key.keyId);
    return entry ? [{ messageId: m.messageId, sealedKey: entry }] : [];
  });
  const posted = await coordinator.browser.request('POST', '/api/queue-key', {
    publicKey: key.publicKey,
    replaces: state.key?.keyId ?? null,
    wraps: state.members.map((m) => ({ responderId: m.responderId, ...wrapSharedKey(key, m) })),
    reseal,
  });
  return { status: posted.status, key };
}

/** The queue key as a member's console opens it from their own wrap. */
async function openedQueueKey(member: Member): Promise<Identity | undefined> {
  const state = await queueState(member);
  return state.key && state.mine ? openSharedKey(state.mine, member.identity, state.key) : undefined;
}

async function tokenFor(line: Line, responderId: string): Promise<string> {
  const made = await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'test' }, line.token);
  return made.body.token;
}

/**
 * Issue 15: `GET /chat/readers` must say nothing of the shift pattern. Once a coordinator's console
 * has made the queue key it answers that key alone, whoever is on call; the secret reaches members
 * only sealed to their own keys, and leaves with them.
 */
describe.each(DB_KINDS)('the web chat queue key (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('/chat/readers gives the same answer at every hour and on-call pattern once a queue key exists', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    // Ben is on call on Mondays only (T0 is a Monday afternoon).
    const ben = await onCallMember(line, 'Ben', BEN, {});
    for (const day of ['mon'])
      await line.t.api(
        'POST',
        '/api/shifts/rules',
        { responderId: ben.id, role: 'phone', tier: 'primary', day, start: '00:00', end: '24:00' },
        line.token,
      );
    const cora = await onCallMember(line, 'Cora', CORA, { roles: ['coordinator'] });
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    const answer = async () => (await visitor.request('GET', '/chat/readers')).text;

    // Until a coordinator's console has made a queue key: today's answer, which tells the pattern.
    const [anaToken, benToken] = [await tokenFor(line, ana.id), await tokenFor(line, ben.id)];
    const bothOn = await answer();
    expect((JSON.parse(bothOn) as { readers: { keyId: string }[] }).readers.map((r) => r.keyId).sort()).toEqual(
      [ana.identity.keyId, ben.identity.keyId].sort(),
    );
    expect((await line.t.api('POST', '/api/me/break', undefined, benToken)).status).toBe(200);
    expect(await answer()).not.toBe(bothOn);
    expect((await line.t.api('DELETE', '/api/me/break', undefined, benToken)).status).toBeLessThan(300);

    const made = await makeQueueKey(cora);
    expect(made.status).toBe(204);
    const only = JSON.stringify({ readers: [{ keyId: made.key.keyId, publicKey: made.key.publicKey }] });
    expect(await answer()).toBe(only);
    // Tuesday, Ben off shift; then nobody on call at all (Ana on a break): the same, not the coordinators'.
    line.clock.advance(DAY);
    expect(await answer()).toBe(only);
    expect((await line.t.api('POST', '/api/me/break', undefined, anaToken)).status).toBe(200);
    expect(await answer()).toBe(only);
    expect((await line.t.api('DELETE', '/api/me/break', undefined, anaToken)).status).toBeLessThan(300);
    // Monday again, both on call; then the small hours; then without a cookie at all.
    line.clock.advance(6 * DAY);
    expect(await answer()).toBe(only);
    expect((await line.t.api('POST', '/api/me/break', undefined, benToken)).status).toBe(200);
    expect(await answer()).toBe(only);
    line.clock.advance(13 * 60 * 60_000);
    expect(await answer()).toBe(only);
    expect((await new Visitor(line.t.url).request('GET', '/chat/readers')).text).toBe(only);
  });

  it('a waiting chat is read with the queue key by those who may answer; whoever takes it re-seals it to themselves', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const oli = await onCallMember(line, 'Oli', OLI, {}); // phone role, no shift: holds the key, may not answer now
    const cora = await onCallMember(line, 'Cora', CORA, { roles: ['coordinator'] });
    expect((await makeQueueKey(cora)).status).toBe(204);

    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postSealed('is anyone there')).status).toBe(201);
    const [chat] = await chatConversations(ana);
    const id = chat?.id ?? '';

    const queue = await openedQueueKey(ana);
    if (!queue) throw new Error('Ana holds no queue key');
    const waiting = await conversationAs(ana, id);
    const record = waiting.thread[0]?.record;
    expect(record?.keys.map((k) => k.keyId)).toEqual([queue.keyId]);
    expect(record ? openRecordText(record, queue) : null).toBe('is anyone there');
    // Oli holds the secret too, but is not on call: the server does not hand him the waiting words.
    expect(await openedQueueKey(oli)).toBeDefined();
    expect((await conversationAs(oli, id)).thread[0]?.record).toBeNull();

    // Ana takes it, and her console moves the waiting message's key to her own.
    expect((await ana.browser.request('POST', `/api/conversations/${id}/claim`)).status).toBe(200);
    const held = (await conversationAs(ana, id)).thread[0]?.record;
    if (!held) throw new Error('the holder lost the waiting message');
    const mine = shareRecord(held, queue, ana.identity).keys.find((k) => k.keyId === ana.identity.keyId);
    const wrongKey = await ana.browser.request('POST', `/api/conversations/${id}/own-keys`, {
      keys: [{ messageId: waiting.thread[0]?.id, sealedKey: { ...mine, keyId: queue.keyId } }],
    });
    expect(wrongKey.status).toBe(422);
    const moved = await ana.browser.request('POST', `/api/conversations/${id}/own-keys`, {
      keys: [{ messageId: waiting.thread[0]?.id, sealedKey: mine }],
    });
    expect(moved.status).toBe(204);
    const after = (await conversationAs(ana, id)).thread[0]?.record;
    expect(after?.keys.map((k) => k.keyId)).toEqual([ana.identity.keyId]);
    expect(after ? openRecordText(after, ana.identity) : null).toBe('is anyone there');
    // A taken chat is sealed to its holder: the visitor's readers are Ana's key now.
    expect((await visitor.readers()).map((r) => r.keyId)).toEqual([ana.identity.keyId]);
    // And someone who is not the holder cannot push keys onto it.
    expect((await cora.browser.request('POST', `/api/conversations/${id}/own-keys`, { keys: [] })).status).toBe(409);
  });

  it('refuses a wrap for a key that is not the member’s current one, and from someone who holds none', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const cora = await onCallMember(line, 'Cora', CORA, { roles: ['coordinator'] });
    await ready();
    const key = generateIdentity();
    const stranger = generateIdentity();
    const state = await queueState(cora);
    const wraps = state.members.map((m) => ({ responderId: m.responderId, ...wrapSharedKey(key, m) }));
    const wrongAna = wraps.map((w) => (w.responderId === ana.id ? { ...w, ...wrapSharedKey(key, stranger) } : w));
    const refused = await cora.browser.request<{ error: { fields: { field: string }[] } }>('POST', '/api/queue-key', {
      publicKey: key.publicKey,
      replaces: null,
      wraps: wrongAna,
      reseal: [],
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('memberKeyId');
    const withoutMe = await cora.browser.request('POST', '/api/queue-key', {
      publicKey: key.publicKey,
      replaces: null,
      wraps: wraps.filter((w) => w.responderId !== cora.id),
      reseal: [],
    });
    expect(withoutMe.status).toBe(422);
    // Only Cora's own wrap: Ana joined "late".
    const first = await cora.browser.request('POST', '/api/queue-key', {
      publicKey: key.publicKey,
      replaces: null,
      wraps: wraps.filter((w) => w.responderId === cora.id),
      reseal: [],
    });
    expect(first.status).toBe(204);
    expect((await queueState(cora)).lacking.map((m) => m.responderId)).toEqual([ana.id]);
    // Ana, who holds nothing, cannot hand it round; a second "first" key loses.
    expect(
      (await ana.browser.request('POST', '/api/queue-key/wraps', { queueKeyId: key.keyId, wraps: [] })).status,
    ).toBe(403);
    expect((await makeQueueKey(cora)).status).toBe(409);
    // Cora's console wraps it for Ana: a stranger's key id is refused, Ana's current one taken.
    const forStranger = { responderId: ana.id, ...wrapSharedKey(key, stranger) };
    expect(
      (await cora.browser.request('POST', '/api/queue-key/wraps', { queueKeyId: key.keyId, wraps: [forStranger] }))
        .status,
    ).toBe(422);
    const forAna = { responderId: ana.id, ...wrapSharedKey(key, ana.identity) };
    expect(
      (await cora.browser.request('POST', '/api/queue-key/wraps', { queueKeyId: key.keyId, wraps: [forAna] })).status,
    ).toBe(204);
    expect((await openedQueueKey(ana))?.keyId).toBe(key.keyId);
    expect((await queueState(cora)).lacking).toEqual([]);
  });

  it('pausing or removing a member deletes their wrap at once; the next coordinator console rotates', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const ben = await onCallMember(line, 'Ben', BEN);
    const cora = await onCallMember(line, 'Cora', CORA, { roles: ['coordinator'] });
    const oli = await onCallMember(line, 'Oli', OLI, {}); // phone role, no shift
    const first = (await makeQueueKey(cora)).key;
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postSealed('still waiting')).status).toBe(201);
    const wraps = () =>
      line.t.kith.ctx.db.kysely.selectFrom('queue_key_wraps').select(['responder_id', 'queue_key_id']).execute();
    expect((await wraps()).map((w) => w.responder_id).sort()).toEqual([ana.id, ben.id, cora.id, oli.id].sort());

    // Oli leaves the phone role for field work: his wrap goes at once.
    expect((await line.t.api('PATCH', `/api/responders/${oli.id}`, { roles: ['field'] }, line.token)).status).toBe(200);
    expect((await wraps()).map((w) => w.responder_id).sort()).toEqual([ana.id, ben.id, cora.id].sort());

    expect((await line.t.api('PATCH', `/api/responders/${ben.id}`, { status: 'paused' }, line.token)).status).toBe(200);
    expect((await wraps()).map((w) => w.responder_id).sort()).toEqual([ana.id, cora.id].sort());
    expect((await queueState(cora)).key?.rotate).toBe(true);
    expect((await line.t.api('DELETE', `/api/responders/${ana.id}`, undefined, line.token)).status).toBe(204);
    expect((await wraps()).map((w) => w.responder_id)).toEqual([cora.id]);

    // Cora's console rotates: a new pair for those who remain, the waiting message moved to it.
    const rotated = await makeQueueKey(cora, first);
    expect(rotated.status).toBe(204);
    expect(await wraps()).toEqual([{ responder_id: cora.id, queue_key_id: rotated.key.keyId }]);
    expect((await queueState(cora)).key).toMatchObject({ keyId: rotated.key.keyId, rotate: false });
    expect((await visitor.readers()).map((r) => r.keyId)).toEqual([rotated.key.keyId]);
    const [chat] = await chatConversations(cora);
    const record = (await conversationAs(cora, chat?.id ?? '')).thread[0]?.record;
    expect(record?.keys.map((k) => k.keyId)).toEqual([rotated.key.keyId]);
    expect(record ? openRecordText(record, rotated.key) : null).toBe('still waiting');
    expect(keyId(rotated.key.publicKey)).not.toBe(first.keyId);
    // No rotation is owed now: another is refused.
    expect((await makeQueueKey(cora, rotated.key)).status).toBe(409);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { PRESSURE } from '../../src/chat/pressure';
import { PROOF } from '../../src/chat/proof';
import {
  chatConversations,
  conversationAs,
  onCallMember,
  readAs,
  replyAs,
  Visitor,
} from '../../src/chat/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const ANA = '+12025550111';
const BEN = '+12025550112';

describe.each(DB_KINDS)('web chat (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('with JavaScript: sealed in the browser, alerts who is on call, a responder joins and replies, the visitor opens it', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const ben = await onCallMember(line, 'Ben', BEN);
    const visitor = new Visitor(line.t.url);
    const page = await visitor.open();
    expect(page.status).toBe(200);
    // The promises come before the form.
    expect(page.text.indexOf('never call the police')).toBeGreaterThan(0);
    expect(page.text.indexOf('never call the police')).toBeLessThan(page.text.indexOf('id="chat-form"'));
    expect(page.headers.getSetCookie().join()).toMatch(
      /kith_chat=[A-Za-z0-9_-]{43}; Path=\/chat; HttpOnly; SameSite=Strict; Secure/,
    );

    const readers = await visitor.readers();
    expect(readers.map((r) => r.keyId).sort()).toEqual([ana.identity.keyId, ben.identity.keyId].sort());
    const posted = await visitor.postSealed('is anyone there');
    expect(posted.status).toBe(201);
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    expect(aliasIn(line, BEN)).toBe(alias);
    expect(bodies(line, ANA).join(' ')).not.toContain('anyone there');
    expect((await visitor.thread()).state).toBe('waiting');

    const [conversation] = await chatConversations(ana);
    expect(conversation?.channel).toBe('chat');
    const id = conversation?.id ?? '';
    expect(await readAs(ana, id)).toEqual(['is anyone there']);
    expect(await readAs(ben, id)).toEqual(['is anyone there']);

    expect(await replyAs(ana, id, 'I am here. I am Ana.')).toBe(201);
    expect((await visitor.thread()).state).toBe('joined');
    expect(await visitor.words()).toEqual(['is anyone there', 'I am here. I am Ana.']);

    // Now only Ana (and the visitor) read what comes next.
    expect((await visitor.readers()).map((r) => r.keyId)).toEqual([ana.identity.keyId]);
    expect((await visitor.postSealed('thank you')).status).toBe(201);
    expect((await readAs(ana, id)).at(-1)).toBe('thank you');
    expect((await conversationAs(ben, id)).thread.at(-1)?.record).toBeNull();

    // The same message sent twice (a retry) is stored once.
    expect((await visitor.postSealed('thank you', 'msg_sameidsameidsame')).status).toBe(201);
    expect((await visitor.postSealed('thank you', 'msg_sameidsameidsame')).status).toBe(409);
    expect(await readAs(ana, id)).toHaveLength(4);

    // A record missing a current reader is refused, so nothing is stored that Ana could not open.
    const stale = await visitor.request('POST', '/chat/messages', {
      json: {
        id: 'msg_stalestalestale1',
        publicKey: visitor.identity?.publicKey,
        language: 'en',
        record: {
          v: 1,
          alg: 'xchacha20poly1305-ietf+x25519-sealedbox',
          recordId: 'msg_stalestalestale1',
          nonce: 'A'.repeat(32),
          ciphertext: 'A'.repeat(22),
          keys: [],
        },
      },
    });
    expect(stale.status).toBe(422);

    await ana.browser.request('POST', `/api/conversations/${id}/close`);
    expect((await visitor.thread()).state).toBe('closed');
    expect(line.sim.errors).toEqual([]);
  });

  it('without JavaScript: the server seals on arrival to the readers and the cookie’s key, and opens replies only for that cookie', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    const posted = await visitor.postForm('I need to talk, مرحبا');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(/^\/chat\?lang=en/);
    await line.sim.runUntilIdle();
    expect(aliasIn(line, ANA)).toMatch(/^K\d+$/);

    const [conversation] = await chatConversations(ana);
    const id = conversation?.id ?? '';
    expect(await readAs(ana, id)).toEqual(['I need to talk, مرحبا']);
    const rows = await line.t.kith.ctx.db.kysely.selectFrom('message_readers').select(['reader']).execute();
    expect(rows.map((r) => r.reader).sort()).toEqual([ana.id, 'person'].sort());

    expect(await replyAs(ana, id, 'Hello, I am Ana')).toBe(201);
    const page = await visitor.open();
    expect(page.text).toContain('Hello, I am Ana');
    expect(page.text).toContain('<p class="words" dir="auto">I need to talk, مرحبا</p>');
    expect(page.text).toContain('Someone from our team has joined');
    expect(page.text).toContain('JavaScript is off');

    // Another browser (another cookie) sees none of it.
    const other = new Visitor(line.t.url);
    const theirs = await other.open();
    expect(theirs.text).not.toContain('Hello, I am Ana');

    // "Check for new replies" keeps what was half-typed.
    const checked = await visitor.postForm('half a thought', 'check');
    expect(checked.status).toBe(200);
    expect(checked.text).toContain('>half a thought</textarea>');
    expect(await readAs(ana, id)).toHaveLength(2);
  });

  it('before its sealing code arrives, the page’s words are sealed here to the page’s own key, checked as the form’s are', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postEarly('  is anyone there  ', 'msg_earlyearlyearly1')).status).toBe(201);
    expect((await visitor.postEarly('is anyone there', 'msg_earlyearlyearly1')).status).toBe(409); // a retry, stored once
    const [conversation] = await chatConversations(ana);
    const id = conversation?.id ?? '';
    expect(await readAs(ana, id)).toEqual(['is anyone there']);
    expect((await conversationAs(ana, id)).personPublicKey).toBe(visitor.identity?.publicKey);
    // The replies and the page's later, sealed messages are all on the page's key.
    expect(await replyAs(ana, id, 'I am here.')).toBe(201);
    expect((await visitor.postSealed('thank you')).status).toBe(201);
    expect(await visitor.words()).toEqual(['is anyone there', 'I am here.', 'thank you']);

    const refused = async (json: Record<string, unknown>) =>
      (await visitor.request('POST', '/chat/words', { json: { id: 'msg_earlyearlyearly2', language: 'en', ...json } }))
        .status;
    const publicKey = visitor.identity?.publicKey;
    expect(await refused({ publicKey, words: '   ' })).toBe(422);
    expect(await refused({ publicKey, words: 'x'.repeat(2001) })).toBe(422);
    expect(await refused({ publicKey: 'A'.repeat(42) + 'B', words: 'hello' })).toBe(422); // not a canonical key
    expect(await refused({ words: 'hello' })).toBe(422);
    const foreign = await new Visitor(line.t.url, 'https://evil.example').postEarly('hello');
    expect(foreign.status).toBe(403);
    expect(await readAs(ana, id)).toHaveLength(3);
  });

  it('refuses a post from another site, or one without the page’s token', async () => {
    line = await startLine(kind);
    await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    const foreign = await visitor.request(
      'POST',
      '/chat',
      { form: { token: visitor.token, lang: 'en', action: 'send', message: 'hello' } },
      'https://evil.example',
    );
    expect(foreign.status).toBe(403);
    const tokenless = await visitor.request(
      'POST',
      '/chat',
      { form: { lang: 'en', action: 'send', message: 'hello' } },
      'null',
    );
    expect(tokenless.status).toBe(403);
    expect(tokenless.text).toContain('could not be found in this browser');
    const json = await new Visitor(line.t.url, 'https://evil.example').postSealed('hello');
    expect(json.status).toBe(403);
    expect(await line.t.kith.ctx.db.kysely.selectFrom('conversations').select('id').execute()).toEqual([]);
  });

  it('a blocked session can no longer post, and is told calmly', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postSealed('hello')).status).toBe(201);
    const [conversation] = await chatConversations(ana);
    expect((await ana.browser.request('POST', `/api/conversations/${conversation?.id ?? ''}/block`)).status).toBe(200);

    const again = await visitor.postSealed('hello?');
    expect(again.status).toBe(403);
    expect(again.json.error?.code).toBe('blocked');
    const form = await visitor.postForm('hello?');
    expect(form.status).toBe(403);
    expect(form.text).toContain('You can no longer send messages in this chat');
    expect((await visitor.thread()).state).toBe('blocked');
    expect(await chatConversations(ana)).toHaveLength(1);
  });

  it('one session is slowed down after ten messages a minute; others are not', async () => {
    line = await startLine(kind);
    await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    for (let i = 0; i < 10; i++) expect((await visitor.postSealed(`message ${i}`)).status).toBe(201);
    const eleventh = await visitor.postSealed('one too many');
    expect(eleventh.status).toBe(429);
    expect(eleventh.json.error?.code).toBe('slowDown');
    const form = await visitor.postForm('and another');
    expect(form.status).toBe(429);
    expect(form.text).toContain('sending messages very fast');

    const someoneElse = new Visitor(line.t.url);
    await someoneElse.open();
    expect((await someoneElse.postSealed('hello')).status).toBe(201);

    line.clock.advance(61_000);
    expect((await visitor.postSealed('later')).status).toBe(201);
  });

  it('past the new-chat threshold a chat costs a proof, never a refusal: solved with JavaScript, waited for without; open chats go on', async () => {
    line = await startLine(kind);
    await onCallMember(line, 'Ana', ANA);
    const first = new Visitor(line.t.url);
    await first.open();
    expect((await first.postSealed('hello')).status).toBe(201);
    for (let i = 1; i < PRESSURE.threshold - 1; i++) {
      const visitor = new Visitor(line.t.url);
      await visitor.open();
      expect((await visitor.postSealed('hello')).status).toBe(201);
    }
    // The threshold is reached by this attempt: refused for want of a proof, with the words kept.
    const late = new Visitor(line.t.url);
    await late.open();
    const refused = await late.postSealed('hello');
    expect(refused.status).toBe(428);
    expect(refused.json.error?.code).toBe('proofNeeded');
    await late.solveChallenge();
    expect((await late.postSealed('hello')).status).toBe(201);
    // A proof is spent once: another session cannot use it (it is bound), nor can this one again.
    const copier = new Visitor(line.t.url);
    await copier.open();
    copier.work = late.work;
    expect((await copier.postSealed('hello')).status).toBe(428);

    // Without JavaScript: the page now carries a ticket and says how long the wait is.
    const noScript = new Visitor(line.t.url);
    const page = await noScript.open();
    expect(noScript.ticket).toBeDefined();
    expect(page.text).toContain('getting the line ready for you. You can send your message in about 10 seconds');
    const early = await noScript.postForm('hello');
    expect(early.status).toBe(429);
    expect(early.text).toContain('still getting the line ready');
    expect(early.text).toContain('>hello</textarea>');
    line.clock.advance(PROOF.ticketWaitMs);
    expect((await noScript.postForm('hello')).status).toBe(303);
    expect((await noScript.thread()).state).toBe('waiting');

    // Someone already in a chat is not held up by the flood.
    expect((await first.postSealed('still here')).status).toBe(201);
    line.clock.advance(61_000);
    const calm = new Visitor(line.t.url);
    await calm.open();
    expect((await calm.postSealed('hello again')).status).toBe(201);
  });

  it('a message longer than a chat message is refused, sealed or not', async () => {
    line = await startLine(kind);
    await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postSealed('x'.repeat(9000))).status).toBe(422);
    const form = await visitor.postForm('x'.repeat(2001));
    expect(form.status).toBe(422);
    expect(form.text).toContain('Your message is too long');
    const huge = await visitor.request(
      'POST',
      '/chat',
      { form: { token: visitor.token, lang: 'en', action: 'send', message: 'x'.repeat(30_000) } },
      'null',
    );
    expect(huge.status).toBe(413);
  });

  it('quick exit closes the conversation as left, clears the cookie and goes to the neutral page', async () => {
    line = await startLine(kind, { program: { texting: { quickExitUrl: 'http://127.0.0.1:9/weather' } } });
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    expect((await visitor.postSealed('hello')).status).toBe(201);
    const left = await visitor.request('GET', '/chat/leave');
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe('http://127.0.0.1:9/weather');
    expect(left.headers.get('clear-site-data')).toContain('"cookies"');
    expect(left.headers.get('clear-site-data')).toContain('"storage"');
    expect(left.headers.getSetCookie().join()).toMatch(/kith_chat=;.*Max-Age=0/);
    expect(visitor.cookie).toBeUndefined();
    const [conversation] = await chatConversations(ana);
    const closed = await conversationAs(ana, conversation?.id ?? '');
    expect(closed.state).toBe('closed');
    expect(closed.outcome).toBe('left');
  });

  it('a responder who answers a web chat from their phone is taken to the console, where the words are sealed', async () => {
    line = await startLine(kind);
    await onCallMember(line, 'Ana', ANA);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    await visitor.postSealed('hello from the chat');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(`${alias} hi, I'm here`);
    await line.sim.runUntilIdle();
    const toAna = bodies(line, ANA);
    expect(toAna.at(-2)).toContain(`${alias} is yours`);
    expect(toAna.at(-1)).toContain(`${alias} is a web chat. Reply in the console:`);
    expect((await visitor.thread()).state).toBe('joined');
    // Nothing unsealed was stored for the visitor to see.
    expect(await visitor.words()).toEqual(['hello from the chat']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { PROOF } from '../../src/chat/proof';
import { chatConversations, conversationAs, onCallMember, readAs, Visitor } from '../../src/chat/test-fixtures';
import { ALERT_BURST } from '../../src/conversations/notify';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { sweep } from '../support/texting';

const ANA = '+12025550111';
const BEN = '+12025550112';
const MINUTE = 60_000;
/** The flood, scaled down from the 60 s at full speed so the test takes a few seconds. */
const FLOOD_REQUESTS = 150;
const FLOOD_LOOPS = 3;
const CANARY = 'CANARY-flood-person-7f3a: please, someone';

/**
 * Issue 15, item 1's acceptance at API level: one client floods `GET /chat` + `POST /chat` as fast as
 * it can over a minute of the manual clock — naive posts, and its own tickets re-sent the moment
 * their wait is over — while a person whose page solves the challenge starts a chat and reaches the
 * on-call responder, and the phones get no more alerts than the cap.
 */
describe.each(DB_KINDS)('a chat flood never closes the line (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('a person who solves the challenge reaches the team during a flood; alerts stay within the cap', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'backup' });
    // Spread over the alert cap's one minute (it counts from the first alert).
    const step = Math.floor((MINUTE - 5_000) / FLOOD_REQUESTS);
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    let sent = 0;
    const waiting: { junk: Visitor; ripeAt: number }[] = [];

    const flood = async () => {
      while (sent < FLOOD_REQUESTS) {
        sent += 1;
        line.clock.advance(step);
        const junk = new Visitor(line.t.url);
        await junk.open();
        const answer = await junk.postForm('junk');
        count(answer.status);
        if (answer.status === 429 && junk.ticket) waiting.push({ junk, ripeAt: line.clock.now() + PROOF.ticketWaitMs });
        // Patient as well as fast: every ticket whose wait is over is sent again at once.
        while ((waiting[0]?.ripeAt ?? Infinity) <= line.clock.now()) {
          const ripe = waiting.shift();
          if (ripe) count((await ripe.junk.postForm('junk')).status);
        }
      }
    };

    const person = async () => {
      // Well into the flood: the line is under pressure.
      while (sent < FLOOD_REQUESTS / 3) await new Promise((resolve) => setTimeout(resolve, 5));
      const visitor = new Visitor(line.t.url);
      const page = await visitor.open();
      // The page under pressure carries a challenge for its script; the script solves it before sending.
      const challenge = /"challenge":"([^"]+)"/.exec(page.text)?.[1];
      expect(challenge).toBeDefined();
      await visitor.solveChallenge();
      const posted = await visitor.postSealed(CANARY);
      expect(posted.status).toBe(201);
      return { visitor };
    };

    const [{ visitor }] = await Promise.all([person(), ...Array.from({ length: FLOOD_LOOPS }, () => flood())]);
    await line.sim.runUntilIdle();

    // The on-call responder sees the person's chat and reads their words.
    const chats = await chatConversations(ana);
    const mine = [];
    for (const chat of chats)
      if ((await conversationAs(ana, chat.id)).personPublicKey === visitor.identity?.publicKey) mine.push(chat.id);
    expect(mine).toHaveLength(1);
    expect(await readAs(ana, mine[0] ?? '')).toEqual([CANARY]);
    expect((await visitor.thread()).state).toBe('waiting');

    // The flood opened only what the calm minute and the tickets' own budget allow; the rest waited or was refused.
    expect(chats.length).toBeLessThanOrEqual(10 + PROOF.ticketsPerMinute + 1);
    expect(statuses.get(500)).toBeUndefined();
    expect((statuses.get(429) ?? 0) + (statuses.get(428) ?? 0)).toBeGreaterThan(FLOOD_REQUESTS / 2);

    // Alerts: at most the cap in the minute, then one digest.
    expect(line.sim.inbox(ANA).length).toBeLessThanOrEqual(ALERT_BURST);
    line.clock.advance(MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).length).toBeLessThanOrEqual(ALERT_BURST + 1);
    expect(line.sim.inbox(ANA).at(-1)?.body).toMatch(/more text conversations opened in the last minute/);

    // Unanswered, the junk reaches the backup tier: the same cap there, then a digest.
    line.clock.advance(5 * MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(BEN).length).toBeLessThanOrEqual(ALERT_BURST);
    line.clock.advance(MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(BEN).length).toBeLessThanOrEqual(ALERT_BURST + 1);
    expect(line.sim.inbox(BEN).length).toBeGreaterThan(0);

    // The coordinator closes every chat that sent nothing after its first message; Ana has taken the person's.
    expect((await ana.browser.request('POST', `/api/conversations/${mine[0]}/claim`)).status).toBe(200);
    const closed = await line.t.api<{ closed: number }>(
      'POST',
      '/api/conversations/close-silent-chats',
      undefined,
      line.token,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.closed).toBe(chats.length - 1);
    const left = (await chatConversations(ana)).filter((c) => c.state !== 'closed');
    expect(left.map((c) => c.id)).toEqual(mine);
    // Only a coordinator may: to anyone else the route is not there (not-allowed looks like not-found).
    expect((await ana.browser.request('POST', '/api/conversations/close-silent-chats')).status).toBe(404);
  });
});

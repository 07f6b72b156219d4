import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ALERT_BURST } from '../../src/conversations/notify';
import { identityFromSecretKey, openRecordText, ready, type RECORD_ALG, type Identity } from '../../src/crypto/e2e';
import { openDatabase } from '../../src/db/open';
import { ManualClock } from '../../src/platform/clock';
import { ProviderSimulator, type RetryPolicy } from '../../src/simulator';
import { DB_KINDS, freshStorage, type TestStorage } from '../support/databases';
import { freePort } from '../support/kith';
import { CrashPoint } from './crash-point';
import { startKithChild, type KithChild } from './child';
import { setUpLine } from './line-setup';
import { RealTimeDriver, sleep } from './real-time';
import { childSettingsOn } from './shared';
import { percentile, WebhookMeter } from './webhook-meter';

/**
 * The issue's bounded loopback load test: 500 people text the line within a few seconds, 100 of them
 * three times each, and Kith is killed with SIGKILL while the texts are in flight, then started again
 * on the same storage and port. The provider simulator retries what failed, as a provider does.
 * Every text must reach the responders exactly once, in order per conversation.
 */
const PUBLIC_URL = 'https://line.example.org';
const ACCOUNT_SID = 'ACload00000000000000000000000000000';
const AUTH_TOKEN = 'load-test-auth-token';
const SMS_PATH = '/webhooks/twilio/sms';
/** 555-01xx is reserved for fiction; senders are generated as +1202555 + 4 digits, never written down. */
const COMMUNITY_NUMBER = '+12025550100';
const RESPONDER_PHONES = ['+12025550101', '+12025550102'];
const SENDERS = 500;
/** Senders 0…REPEATERS-1 send TEXTS_EACH texts; the rest send one. */
const REPEATERS = 100;
const TEXTS_EACH = 3;
const TOTAL_TEXTS = SENDERS + REPEATERS * (TEXTS_EACH - 1);
/** Kill Kith once this share of all texts has been accepted. */
const KILL_AT_SHARE = 0.4;
/**
 * Shortened from the provider's 5/30/120 s so a test can wait for it: Kith takes a second or two to
 * start again (much longer on a busy machine), and these retries span over a minute, so no text runs out of tries while it is down.
 */
const SMS_RETRY: RetryPolicy = { retries: 20, backoffSeconds: [0.25, 0.5, 1, 2, 4] };

const senderNumber = (i: number): string => `+1202555${String(1000 + i).padStart(4, '0')}`;
const textsOf = (i: number): number => (i < REPEATERS ? TEXTS_EACH : 1);
/** What each text says: who sent it and which of theirs it is, never a number. */
const bodyOf = (i: number, n: number): string => `load s${i} m${n}`;
const BODY = /^load s(\d+) m(\d+)$/;

describe.each(DB_KINDS)('texting under load, with a kill -9 in the middle (%s)', (kind) => {
  let storage: TestStorage | undefined;
  let child: KithChild | undefined;
  let sim: ProviderSimulator | undefined;
  let driver: RealTimeDriver | undefined;
  let crashPoint: CrashPoint | undefined;
  const meter = new WebhookMeter();

  afterEach(async () => {
    meter.uninstall();
    await driver?.stop();
    await child?.stop();
    await crashPoint?.stop();
    await sim?.stop();
    await storage?.cleanup();
    storage = child = sim = driver = crashPoint = undefined;
  });

  it(
    '500 senders: every text stored once, in order, read by the responders, across a crash',
    { timeout: 240_000 },
    async () => {
      storage = freshStorage(kind);
      const port = await freePort();
      const clock = new ManualClock(Date.now());
      const simulator = new ProviderSimulator({
        clock,
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        publicBaseUrl: PUBLIC_URL,
        appBaseUrl: `http://127.0.0.1:${port}`,
        smsRetry: SMS_RETRY,
      });
      sim = simulator;
      await simulator.start();
      simulator.ownNumber(COMMUNITY_NUMBER, { voiceUrl: '/webhooks/twilio/voice' });
      const settings = childSettingsOn(
        storage,
        {
          port,
          publicUrl: PUBLIC_URL,
          providerApiUrl: simulator.apiBaseUrl,
          accountSid: ACCOUNT_SID,
          authToken: AUTH_TOKEN,
        },
        'kith-load.log',
      );
      // The load. A person's next text goes out once their previous one has reached Kith: providers
      // promise no order between webhooks (a retried text can arrive after a later one), so the order
      // Kith can keep is the order texts reach it, and that is the order each sender sends in here.
      const sent = new Map<string, { sender: number; n: number }>();
      const accepted = new Set<string>();
      const acceptedAt: number[] = [];
      let acceptedAgain = 0;
      const send = (i: number, n: number): void => {
        const sid = simulator.phone(senderNumber(i)).text(bodyOf(i, n));
        sent.set(sid, { sender: i, n });
      };
      meter.install(`http://127.0.0.1:${port}${SMS_PATH}`, (sid, at) => {
        const text = sent.get(sid);
        if (!text) return;
        // The provider stops retrying once a webhook is answered 2xx: a second 2xx would be the simulator's bug.
        if (accepted.has(sid)) return void (acceptedAgain += 1);
        accepted.add(sid);
        acceptedAt.push(at);
        if (text.n < textsOf(text.sender)) send(text.sender, text.n + 1);
      });

      // The crash: SIGKILL once KILL_AT_SHARE of the texts are in, at the moment Kith asks the provider to
      // delete an inbound text it has just committed (see crash-point.ts), then a new process on the same
      // storage and port.
      let killedAt: number | undefined;
      let readyAgainAt: number | undefined;
      let acceptedBeforeKill = 0;
      let restarted: Promise<void> | undefined;
      let killedDuring: string | undefined;
      crashPoint = new CrashPoint(simulator.apiBaseUrl, (sid) => {
        if (killedAt !== undefined || accepted.size < TOTAL_TEXTS * KILL_AT_SHARE || !sent.has(sid) || !child)
          return false;
        killedAt = performance.now();
        killedDuring = sid;
        acceptedBeforeKill = accepted.size;
        const dying = child;
        restarted = (async () => {
          await dying.kill9();
          child = await startKithChild(settings);
          readyAgainAt = performance.now();
        })();
        return true;
      });
      settings.providerApiUrl = await crashPoint.start();
      child = await startKithChild(settings);
      if (!child.setupToken) throw new Error('a fresh Kith printed no setup token');
      const line = await setUpLine(child.url, child.setupToken, COMMUNITY_NUMBER, [
        { phone: RESPONDER_PHONES[0] ?? '', tier: 'primary' },
        { phone: RESPONDER_PHONES[1] ?? '', tier: 'backup' },
      ]);

      const realTime = new RealTimeDriver(simulator, clock);
      driver = realTime;
      realTime.start();
      const startedAt = performance.now();
      for (let i = 0; i < SENDERS; i++) send(i, 1);
      try {
        // Bounded twice: no text accepted for 30 s (far longer than a restart) fails at once, and the
        // whole load has three minutes (it took 20–40 s on a shared 2-vCPU machine under load; PERFORMANCE.md).
        await realTime.until('every text to be accepted', () => accepted.size === TOTAL_TEXTS, 180_000, {
          count: () => accepted.size,
          stallMs: 30_000,
        });
      } catch (error) {
        const waiting = [...sent.keys()].filter((sid) => !accepted.has(sid));
        const tries = simulator.smsAttempts.filter((a) => waiting.includes(a.messageSid));
        console.log(
          `not accepted: ${waiting.length} of ${sent.size} sent; killed ${killedAt !== undefined}, ready again ${readyAgainAt !== undefined}; their attempts ${JSON.stringify(tries.slice(-5))}; failures ${JSON.stringify(meter.timings.filter((t) => t.failure).slice(-3))}; virtual lag ${Date.now() - clock.now()} ms; errors ${JSON.stringify(simulator.errors.filter((e) => !e.message.includes('status callback')).slice(0, 5))}`,
        );
        throw error;
      } finally {
        await restarted;
      }
      const allInAt = performance.now();
      // Replies, alerts and status callbacks still in flight: wait until the simulator has nothing left to do.
      await realTime.until('the simulator to go idle', () => realTime.idle, 15_000);
      // Idle once can be a gap between two of Kith's REST calls: idle again a moment later is settled.
      await sleep(300);
      await realTime.until('the simulator to stay idle', () => realTime.idle, 15_000);
      await realTime.stop();
      meter.uninstall();
      await child.stop();

      // ---- The report (printed, not asserted).
      const ok = meter.timings
        .filter((t) => t.status !== undefined && t.status < 300)
        .map((t) => t.ms)
        .sort((a, b) => a - b);
      const killAt = killedAt ?? Number.NaN;
      const firstAfter = acceptedAt.find((at) => at > (readyAgainAt ?? Infinity));
      const preCrashRate = acceptedBeforeKill / ((killAt - startedAt) / 1000);
      const figures = [
        `texting load (${kind}): ${TOTAL_TEXTS} texts from ${SENDERS} senders; SIGKILL after ${acceptedBeforeKill} accepted${kind === 'postgres' && process.env.PGOPTIONS ? ` (PGOPTIONS ${process.env.PGOPTIONS}: compare figures with care)` : ''}`,
        `  accepted per second: ${preCrashRate.toFixed(0)} before the crash, ${(TOTAL_TEXTS / ((allInAt - startedAt) / 1000)).toFixed(0)} overall (crash included)`,
        `  webhook latency (accepted): p50 ${percentile(ok, 50).toFixed(1)} ms, p99 ${percentile(ok, 99).toFixed(1)} ms, max ${percentile(ok, 100).toFixed(1)} ms`,
        `  recovery: ready again ${((readyAgainAt ?? Number.NaN) - killAt).toFixed(0)} ms after the kill, first text accepted after ${((firstAfter ?? Number.NaN) - killAt).toFixed(0)} ms, all in after ${(allInAt - killAt).toFixed(0)} ms`,
        `  webhook attempts: ${meter.timings.length} for ${TOTAL_TEXTS} texts (${meter.timings.filter((t) => t.status === undefined).length} refused or cut off, ${meter.timings.filter((t) => (t.status ?? 0) >= 500).length} answered 5xx)`,
        `  load, first text to idle: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
      ];
      console.log(figures.join('\n'));

      expect(killedDuring).toBeDefined();
      expect(acceptedAgain).toBe(0);

      // ---- What was stored, read back from the storage the two processes shared.
      const db = await openDatabase({
        databaseUrl: storage.databaseUrl,
        dataDir: storage.dataDir,
        ...(storage.pgSchema ? { pgSchema: storage.pgSchema } : {}),
      });
      const primary = line.responders[0];
      const backup = line.responders[1];
      if (!primary || !backup) throw new Error('responders missing');
      let conversations: { id: string; alias: string; state: string; message_count: number }[];
      let messages: {
        id: string;
        conversation_id: string;
        seq: number;
        direction: string;
        sealed: string | null;
        provider_key: string | null;
        key_id: string | null;
        sealed_key: string | null;
      }[];
      let readerRows: { reader: string; n: number }[];
      try {
        conversations = await db.kysely
          .selectFrom('conversations')
          .select(['id', 'alias', 'state', 'message_count'])
          .where('program_id', '=', line.programId)
          .execute();
        messages = await db.kysely
          .selectFrom('conversation_messages as m')
          .leftJoin('message_readers as r', (join) =>
            join.onRef('r.message_id', '=', 'm.id').on('r.reader', '=', primary.id),
          )
          .select([
            'm.id',
            'm.conversation_id',
            'm.seq',
            'm.direction',
            'm.sealed',
            'm.provider_key',
            'r.key_id',
            'r.sealed_key',
          ])
          .orderBy('m.conversation_id')
          .orderBy('m.seq')
          .execute();
        readerRows = (
          await db.kysely
            .selectFrom('message_readers')
            .select(['reader'])
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .groupBy('reader')
            .execute()
        ).map((r) => ({ reader: r.reader, n: Number(r.n) }));
      } finally {
        await db.close();
      }

      // Exactly once: one row per text, no provider id twice, one conversation per sender.
      expect(messages.filter((m) => m.direction === 'in')).toHaveLength(TOTAL_TEXTS);
      expect(new Set(messages.map((m) => m.provider_key)).size).toBe(messages.length);
      expect(conversations).toHaveLength(SENDERS);

      // In order, and readable: the primary responder's key opens every body, and each conversation
      // holds one sender's texts m1, m2, … in seq order 1, 2, …
      await ready();
      const me: Identity = identityFromSecretKey(primary.enrolment.privateKey);
      const bySender = new Map<number, string>();
      const problems: string[] = [];
      for (const conversation of conversations) {
        const own = messages.filter((m) => m.conversation_id === conversation.id);
        const texts = own.map((m) => {
          if (!m.sealed || !m.key_id || !m.sealed_key) return { seq: m.seq, sender: -1, n: -1 };
          const sealed = JSON.parse(m.sealed) as { v: 1; alg: typeof RECORD_ALG; nonce: string; ciphertext: string };
          const words = openRecordText(
            { ...sealed, recordId: m.id, keys: [{ keyId: m.key_id, sealedKey: m.sealed_key }] },
            me,
          );
          const match = BODY.exec(words);
          return { seq: m.seq, sender: Number(match?.[1] ?? -1), n: Number(match?.[2] ?? -1) };
        });
        const sender = texts[0]?.sender ?? -1;
        if (bySender.has(sender)) problems.push(`sender ${sender} has two conversations`);
        bySender.set(sender, conversation.id);
        const expected = Array.from({ length: textsOf(sender) }, (_, k) => ({ seq: k + 1, sender, n: k + 1 }));
        if (JSON.stringify(texts) !== JSON.stringify(expected))
          problems.push(`sender ${sender}: ${JSON.stringify(texts.map((t) => [t.seq, t.sender, t.n]))}`);
        if (conversation.message_count !== textsOf(sender))
          problems.push(`sender ${sender}: message_count ${conversation.message_count}`);
      }
      expect(problems).toEqual([]);
      expect([...bySender.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: SENDERS }, (_, i) => i));
      // Both responders on call (primary and backup) were readers of every text, nobody else.
      expect(Object.fromEntries(readerRows.map((r) => [r.reader, r.n]))).toEqual({
        [primary.id]: TOTAL_TEXTS,
        [backup.id]: TOTAL_TEXTS,
      });

      // The first reply, once per sender. It travels in the webhook's answer (<Message>), and a provider
      // acts on an answer only when it receives one: a response lost to the crash was never sent, and
      // the retry's answer (the same replies, stored with the text) is the first one the person gets.
      // So exactly one text per sender, never two — and none for their later texts.
      const inboxes = Array.from({ length: SENDERS }, (_, i) => simulator.inbox(senderNumber(i)).map((t) => t.body));
      expect(
        inboxes.filter((inbox) => inbox.length !== 1 || !inbox[0]?.includes('We never call the police')).length,
      ).toBe(0);

      // Alerts: the program sends at most ALERT_BURST a minute and counts the rest into a digest the sweep
      // sends after the minute (in memory, so a restart starts a new window). Within this run, then: at
      // most ALERT_BURST per process, never two for one conversation, each naming a real conversation.
      const alerted = simulator.inbox(primary.phone).map((t) => /\b(K\d+)\b/.exec(t.body)?.[1] ?? '?');
      expect(alerted.length).toBeGreaterThan(0);
      expect(alerted.length).toBeLessThanOrEqual(2 * ALERT_BURST);
      expect(new Set(alerted).size).toBe(alerted.length);
      const aliases = new Set(conversations.map((c) => c.alias));
      expect(alerted.filter((alias) => !aliases.has(alias))).toEqual([]);
      expect(simulator.inbox(backup.phone)).toEqual([]);

      // The simulator gave up on nothing: no messaging webhook ran out of retries. What it may record is
      // the crash window's status callbacks (queued/sent/delivered of replies and alerts), which a
      // provider posts once and never retries, so any that met the dead process are lost.
      const unexpected = simulator.errors.filter(
        (e) => !(e.kind === 'fetch-failed' && e.message.includes('from message status callback')),
      );
      expect(unexpected).toEqual([]);
      console.log(`  status callbacks lost in the crash window: ${simulator.errors.length}`);

      // No number and no words in Kith's log (it logs at 'warn' here, so it is often empty).
      const log = readFileSync(settings.logFile, 'utf8');
      expect(log).not.toMatch(/\+?1?202555\d{4}/);
      expect(log).not.toContain('load s');

      // The provider's copies. Kith deletes an outbound text's copy when its final status callback
      // arrives, so those whose callbacks met the dead process stay (printed: a finding, not asserted
      // here). An inbound text's copy is deleted right after it is sealed; this must hold across the crash.
      const outboundLeft = simulator.messages.filter((m) => m.direction !== 'inbound').length;
      console.log(
        `  provider copies left: ${outboundLeft} outbound; inbound: ${simulator.messages.length - outboundLeft}`,
      );
      const inboundLeft = simulator.messages.filter((m) => m.direction === 'inbound').map((m) => m.sid);
      expect(
        inboundLeft,
        `inbound texts still held by the provider; the SIGKILL came as Kith deleted ${killedDuring ?? '-'}`,
      ).toEqual([]);
    },
  );
});

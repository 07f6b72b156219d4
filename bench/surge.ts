import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/open';
import { ManualClock } from '../src/platform/clock';
import { ProviderSimulator } from '../src/simulator';
import { startKithChild, type KithChild } from '../test/load/child';
import { setUpLine } from '../test/load/line-setup';
import { RealTimeDriver } from '../test/load/real-time';
import { childSettingsOn } from '../test/load/shared';
import { percentile, WebhookMeter } from '../test/load/webhook-meter';
import { DB_KINDS, freshStorage, type DbKind } from '../test/support/databases';
import { freePort } from '../test/support/kith';
import { procCpuSeconds } from './children';
import { monotonicUs, selfTimes } from './profile-summary';

/**
 * `npm run bench -- --surge [--profile] [--sqlite | --postgres]`: 50 calls and 500 texts from 500
 * senders within 5 s against a real Kith in a child process (test/load's pieces), on SQLite and on
 * PostgreSQL, with 10 primary and 10 backup responders on call (so each text is sealed to 20 readers).
 * Texts' webhooks overlap as a provider's do; each call runs its flow in the simulator (callers hang up
 * after 30 s; responders' phones ring unanswered). Fails (exit 1) unless every text is stored exactly
 * once and every call's incoming webhook is answered; prints the latencies against the issue's aims.
 */
const USAGE = 'usage: npm run bench -- --surge [--profile] [--sqlite | --postgres]';
const args = process.argv.slice(2);
if (args.some((arg) => !['--profile', '--sqlite', '--postgres'].includes(arg))) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const profile = args.includes('--profile');
const kinds = DB_KINDS.filter(
  (kind) => !args.some((a) => a.startsWith('--') && a !== '--profile') || args.includes(`--${kind}`),
);

const PUBLIC_URL = 'https://line.example.org';
const ACCOUNT_SID = 'ACsurge0000000000000000000000000000';
const AUTH_TOKEN = 'surge-bench-auth-token';
const COMMUNITY_NUMBER = '+12025550100';
const TEXTS = 500;
const CALLS = 50;
const SURGE_MS = 5_000;
const AIMS = { callP99Ms: 100, textP99Ms: 1_000 };
/** 555-01xx is fiction; senders and callers are generated (+1202555 and 4 digits), never written down. */
const responderPhone = (i: number) => `+120255501${String(i + 1).padStart(2, '0')}`;
const senderNumber = (i: number) => `+1202555${String(1000 + i)}`;
const callerNumber = (i: number) => `+1202555${String(3000 + i)}`;

interface Outcome {
  kind: DbKind;
  ok: boolean;
  lines: string[];
}

async function surge(kind: DbKind): Promise<Outcome> {
  const storage = freshStorage(kind);
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'kith-surge-prof-')) : undefined;
  const port = await freePort();
  const clock = new ManualClock(Date.now());
  const sim = new ProviderSimulator({
    clock,
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    publicBaseUrl: PUBLIC_URL,
    appBaseUrl: `http://127.0.0.1:${port}`,
    // The provider's own patience with a webhook, and its overlapping deliveries.
    httpTimeoutMs: 15_000,
    concurrentTextWebhooks: true,
  });
  const texts = new WebhookMeter();
  const voice = new WebhookMeter();
  let child: KithChild | undefined;
  let driver: RealTimeDriver | undefined;
  try {
    await sim.start();
    sim.ownNumber(COMMUNITY_NUMBER, {
      voiceUrl: '/webhooks/twilio/voice',
      statusCallbackUrl: '/webhooks/twilio/voice/status',
    });
    const settings = childSettingsOn(
      storage,
      { port, publicUrl: PUBLIC_URL, providerApiUrl: sim.apiBaseUrl, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN },
      'kith-surge.log',
    );
    child = await startKithChild(settings, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
    if (!child.setupToken) throw new Error('a fresh Kith printed no setup token');
    const people = Array.from({ length: 20 }, (_, i) => ({
      phone: responderPhone(i),
      tier: i < 10 ? ('primary' as const) : ('backup' as const),
    }));
    for (const person of people) sim.phone(person.phone, { kind: 'ignore' });
    const line = await setUpLine(child.url, child.setupToken, COMMUNITY_NUMBER, people);

    const base = `http://127.0.0.1:${port}`;
    const accepted = new Set<string>();
    const answeredCalls = new Set<string>();
    texts.install(`${base}/webhooks/twilio/sms`, (sid) => void accepted.add(sid));
    voice.install(
      (url) => url.startsWith(`${base}/webhooks/twilio/voice`),
      (sid) => void answeredCalls.add(sid),
    );
    const realTime = new RealTimeDriver(sim, clock);
    driver = realTime;
    realTime.start();

    const pid = child.pid ?? 0;
    const cpuBefore = procCpuSeconds(pid) ?? Number.NaN;
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const fromUs = monotonicUs();
    const startedAt = performance.now();
    const callSids: string[] = [];
    const timers = [
      ...Array.from({ length: TEXTS }, (_, i) =>
        setTimeout(() => sim.phone(senderNumber(i)).text(`surge ${i}`), (i * SURGE_MS) / TEXTS),
      ),
      ...Array.from({ length: CALLS }, (_, i) =>
        setTimeout(
          () => {
            const call = sim.placeCall({
              from: callerNumber(i),
              to: COMMUNITY_NUMBER,
              caller: { hangUpAfterSeconds: 30 },
            });
            callSids.push(call.sid);
          },
          (i * SURGE_MS) / CALLS,
        ),
      ),
    ];
    const incomingAnswered = () => callSids.filter((sid) => answeredCalls.has(sid)).length;
    let stalled = '';
    try {
      // A webhook the provider gave up on (15 s) is retried after 5 s, then 30 s: allow for one of those.
      await realTime.until(
        'every text accepted and every call answered',
        () => accepted.size === TEXTS && incomingAnswered() === CALLS,
        180_000,
        { count: () => accepted.size + incomingAnswered(), stallMs: 45_000 },
      );
    } catch (error) {
      stalled = error instanceof Error ? error.message : String(error);
    } finally {
      for (const timer of timers) clearTimeout(timer);
    }
    const surgeMs = performance.now() - startedAt;
    const cpu = (procCpuSeconds(pid) ?? Number.NaN) - cpuBefore;
    const loadAfter = loadavg()[0] ?? Number.NaN;
    const toUs = monotonicUs();
    // The calls end (callers hang up at 30 s): their last webhooks are part of the surge's voice traffic.
    if (!stalled)
      await realTime.until(
        'every call to end',
        () => callSids.every((sid) => sim.call(sid)?.status === 'completed'),
        90_000,
      );
    await realTime.stop();
    voice.uninstall();
    texts.uninstall();
    await child.stop();
    child = undefined;

    const db = await openDatabase({
      databaseUrl: storage.databaseUrl,
      dataDir: storage.dataDir,
      ...(storage.pgSchema ? { pgSchema: storage.pgSchema } : {}),
    });
    let stored: { in: number; distinct: number; conversations: number; calls: number };
    try {
      const rows = await db.kysely.selectFrom('conversation_messages').select(['provider_key', 'direction']).execute();
      const inbound = rows.filter((r) => r.direction === 'in');
      const conversations = await db.kysely
        .selectFrom('conversations')
        .select('id')
        .where('program_id', '=', line.programId)
        .execute();
      const calls = await db.kysely.selectFrom('calls').select('id').execute();
      stored = {
        in: inbound.length,
        distinct: new Set(inbound.map((r) => r.provider_key)).size,
        conversations: conversations.length,
        calls: calls.length,
      };
    } finally {
      await db.close();
    }

    const sorted = (ms: number[]) => [...ms].sort((a, b) => a - b);
    const textMs = sorted(texts.timings.filter((t) => t.status !== undefined && t.status < 300).map((t) => t.ms));
    const okVoice = voice.timings.filter((t) => t.status !== undefined && t.status < 300);
    const callMs = sorted(okVoice.map((t) => t.ms));
    const incomingMs = sorted(okVoice.filter((t) => t.path === '/webhooks/twilio/voice').map((t) => t.ms));
    const failedVoice = voice.timings.length - okVoice.length;
    const failedTexts = texts.timings.filter((t) => t.status === undefined || t.status >= 300).length;
    const timedOut = failedVoice + failedTexts;
    const fmt = (xs: number[]) =>
      `p50 ${percentile(xs, 50).toFixed(0)} ms, p99 ${percentile(xs, 99).toFixed(0)} ms, max ${percentile(xs, 100).toFixed(0)} ms (${xs.length})`;
    const problems = [
      stalled,
      timedOut ? `${timedOut} webhooks timed out or failed (the provider's 15 s)` : '',
      stored.in !== TEXTS || stored.distinct !== TEXTS
        ? `texts stored ${stored.in} (${stored.distinct} distinct), not ${TEXTS}`
        : '',
      stored.conversations !== TEXTS ? `${stored.conversations} conversations, not ${TEXTS}` : '',
      stored.calls !== CALLS ? `${stored.calls} calls stored, not ${CALLS}` : '',
      incomingAnswered() !== CALLS ? `${incomingAnswered()} of ${CALLS} calls answered` : '',
      sim.errors.length > 0 ? `simulator errors: ${JSON.stringify(sim.errors.slice(0, 3))}` : '',
    ].filter(Boolean);
    const lines = [
      `surge (${kind}): ${TEXTS} texts and ${CALLS} calls sent over ${SURGE_MS / 1000} s; all in after ${(surgeMs / 1000).toFixed(1)} s`,
      `  call webhooks, all:     ${fmt(callMs)}${failedVoice ? `, ${failedVoice} failed` : ''}   aim p99 ≤ ${AIMS.callP99Ms} ms: ${percentile(callMs, 99) <= AIMS.callP99Ms ? 'met' : 'NOT met'}`,
      `  call webhooks, incoming: ${fmt(incomingMs)}`,
      `  text webhooks:          ${fmt(textMs)}${failedTexts ? `, ${failedTexts} failed` : ''}   aim p99 ≤ ${AIMS.textP99Ms} ms: ${percentile(textMs, 99) <= AIMS.textP99Ms ? 'met' : 'NOT met'}`,
      `  Kith CPU for the surge: ${cpu.toFixed(2)} s, ${((cpu * 1000) / TEXTS).toFixed(1)} ms per text (calls included)`,
      `  load average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end; ${cpus().length} cores`,
      `  stored: ${stored.in} texts (${stored.distinct} distinct), ${stored.conversations} conversations, ${stored.calls} calls`,
      ...problems.map((p) => `  FAILED: ${p}`),
    ];
    if (profileDir) {
      const { busyMs, top } = selfTimes(profileDir, fromUs, toUs);
      lines.push(`  profile (${profileDir}), self time during the surge, ${busyMs.toFixed(0)} ms busy:`);
      for (const entry of top.slice(0, 20))
        lines.push(
          `    ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.ms.toFixed(0).padStart(6)} ms  ${entry.name}`,
        );
    }
    return { kind, ok: problems.length === 0, lines };
  } finally {
    voice.uninstall();
    texts.uninstall();
    await driver?.stop();
    await child?.stop();
    await sim.stop();
    await storage.cleanup();
    if (profileDir && !profile) rmSync(profileDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `Kith surge benchmark: ${TEXTS} texts and ${CALLS} calls within ${SURGE_MS / 1000} s, 20 responders on call\n`,
  );
  let ok = true;
  for (const kind of kinds) {
    const outcome = await surge(kind);
    process.stdout.write(`${outcome.lines.join('\n')}\n`);
    ok &&= outcome.ok;
  }
  process.exit(ok ? 0 : 1);
}

await main();

import { performance } from 'node:perf_hooks';
import { machineBusySeconds, type ServerChild } from './children';
import { closedLoop, openLoop, type PhaseResult } from './load';
import { INCOMING_PATH, type SignedRequest, type WireRequests } from './shared';
import { summarize, type Figures } from './stats';

/**
 * The two phases every incoming-call figure comes from (`incoming-call.ts`, `ring-checks.ts`): a
 * closed loop for the most a server answers, an open loop at a fixed rate for its latency, each
 * noting the CPU the server, the generator and the machine used meanwhile.
 */
export interface PhaseSettings {
  concurrency: number;
  maxWarmupMs: number;
  maxDurationMs: number;
  rate: number;
  fixedWarmupMs: number;
  fixedDurationMs: number;
  maxInFlight: number;
}

/** One request before timing: Kith must answer 200 text/xml holding the caller, or nothing else is worth measuring. */
export async function checkOnce(server: ServerChild, req: SignedRequest): Promise<string> {
  const response = await fetch(`${server.url}${INCOMING_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': req.signature },
    body: req.body,
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || !type.startsWith('text/xml') || !text.includes('<Enqueue')) {
    await server.stop();
    throw new Error(`Kith did not hold the caller: ${response.status} ${type}\n${text}`);
  }
  return text;
}

/** Both phases against one server, in the same order and with the same settings for either server. */
export async function measure(
  server: ServerChild,
  maxRequests: WireRequests,
  fixedRequests: WireRequests,
  settings: PhaseSettings,
): Promise<{ max: Figures; fixed: Figures }> {
  try {
    process.stdout.write(`  max throughput, ${settings.concurrency} in flight…\n`);
    const max = await withCpu(server, () =>
      closedLoop(server.url, maxRequests, {
        concurrency: settings.concurrency,
        warmupMs: settings.maxWarmupMs,
        durationMs: settings.maxDurationMs,
      }),
    );
    process.stdout.write(`  fixed rate, ${settings.rate} req/s…\n`);
    const fixed = await withCpu(server, () =>
      openLoop(server.url, fixedRequests, {
        rate: settings.rate,
        warmupMs: settings.fixedWarmupMs,
        durationMs: settings.fixedDurationMs,
        maxInFlight: settings.maxInFlight,
      }),
    );
    return { max, fixed };
  } finally {
    await server.stop();
  }
}

/** Runs a phase and notes the CPU both processes used meanwhile, to show which side was the bottleneck. */
async function withCpu(server: ServerChild, phase: () => Promise<PhaseResult>): Promise<Figures> {
  const serverBefore = server.cpuSeconds();
  const machineBefore = machineBusySeconds();
  const generatorBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await phase();
  const wallMs = performance.now() - wallBefore;
  const generator = process.cpuUsage(generatorBefore);
  const serverAfter = server.cpuSeconds();
  const machineAfter = machineBusySeconds();
  const serverSeconds =
    serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore;
  const machineSeconds =
    machineBefore === undefined || machineAfter === undefined ? undefined : machineAfter - machineBefore;
  return summarize(result, {
    wallMs,
    serverSeconds,
    generatorMicros: generator.user + generator.system,
    machineSeconds,
  });
}

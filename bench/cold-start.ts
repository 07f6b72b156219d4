import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuSeconds, listeningPid, processTree, residentBytes } from './processes';

export interface StartFigures {
  /** From spawn to the port accepting a TCP connection. */
  readonly acceptMs: number;
  /** From spawn to the "… listening …" line on stdout. */
  readonly lineMs: number;
  /** CPU used by every process of the start (live ones) by the time the port accepted. */
  readonly cpuSeconds: number;
  /** Resident memory of the process that listens, after it has sat idle. */
  readonly serverRss: number;
  /** Resident memory of every process the command started (tsx's wrapper and esbuild, npm…). */
  readonly treeRss: number;
  readonly processes: number;
}

const START_TIMEOUT_MS = 60_000;
const POLL_MS = 5;

/**
 * Starts one server command in its own process group, times it to listening, lets it idle, reads
 * its memory, then ends that group (and nothing else).
 */
export async function measureStart(
  argv: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; port: number; idleMs: number },
): Promise<StartFigures> {
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output: string[] = [];
  const line = new Promise<number>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      output.push(text);
      if (/listening/i.test(text)) resolve(performance.now() - started);
    });
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    const acceptMs = await Promise.race([
      accepting(options.port).then(() => performance.now() - started),
      exited.then((code) =>
        Promise.reject(new Error(`${argv.join(' ')} exited (${code}) before listening:\n${output.join('\n')}`)),
      ),
    ]);
    const cpu = cpuSeconds(processTree(child.pid!));
    const lineMs = await Promise.race([line, sleep(START_TIMEOUT_MS).then(() => Number.NaN)]);
    await sleep(options.idleMs);
    const tree = processTree(child.pid!);
    const server = listeningPid(options.port, tree);
    return {
      acceptMs,
      lineMs,
      cpuSeconds: cpu,
      serverRss: server === undefined ? Number.NaN : residentBytes(server),
      treeRss: tree.reduce((sum, pid) => sum + residentBytes(pid), 0),
      processes: tree.length,
    };
  } finally {
    await stopGroup(child.pid!, exited);
  }
}

async function accepting(port: number): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(POLL_MS);
  }
  throw new Error(`nothing listened on port ${port} within ${START_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM to the group we started (Kith shuts down cleanly on it), SIGKILL if it lingers. */
async function stopGroup(pid: number, exited: Promise<unknown>): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  signal('SIGKILL');
  await sleep(100); // let the port go before the next start takes it
}

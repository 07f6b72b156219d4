import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { READY_PREFIX } from './ready';

/** A server running in a child process: its URL, and how much CPU it has used so far. */
export interface ServerChild {
  readonly name: string;
  readonly url: string;
  /** CPU seconds (user + system) the child has used, or undefined where /proc is not available. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream kernel build. */
const TICKS_PER_SECOND = 100;

/**
 * Starts `bench/<file>` with `node --import tsx` (not the tsx CLI, which would put a wrapper
 * process between us and the server and so hide its CPU time), and waits for its ready line.
 */
export async function startServerChild(
  name: string,
  file: string,
  options: { args?: string[]; env?: Record<string, string>; cpuProfileDir?: string } = {},
): Promise<ServerChild> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // No kill on our exit: our end of its stdin closes when we die, and that makes it clean up (temp dir, schema).
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => reject(new Error(`${name} exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return void process.stderr.write(`[${name}] ${line}\n`);
      clearTimeout(timer);
      resolve(line.slice(READY_PREFIX.length).trim());
    });
  });
  return {
    name,
    url,
    cpuSeconds: () => (child.pid === undefined ? undefined : procCpuSeconds(child.pid)),
    async stop() {
      child.stdin?.end(); // the child's signal to shut down and clean up
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** CPU seconds (user + system) a process has used so far, or undefined where /proc is not available. */
export function procCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine has been busy (every core, every process), or undefined without /proc. */
export function machineBusySeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return (fields.reduce((sum, value) => sum + value, 0) - idle) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

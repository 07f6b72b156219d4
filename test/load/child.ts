import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LOAD_READY_PREFIX, type ChildSettings } from './shared';

/** A Kith child: its URL, the setup token it printed (first start only), and two ways to end it. */
export interface KithChild {
  readonly url: string;
  readonly setupToken: string | undefined;
  /** The process id (Kith's own: there is no wrapper), for reading its CPU time. */
  readonly pid: number | undefined;
  /** SIGKILL: no shutdown hooks, no flushing, open requests cut off mid-way. Resolves once it is gone. */
  kill9(): Promise<void>;
  /** A graceful stop (stdin closed), with SIGKILL as a backstop. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts test/load/kith-child.ts with `node --import tsx` (no wrapper process: the pid we kill is Kith's).
 * `nodeArgs` go before the script (bench/surge.ts passes `--cpu-prof`).
 */
export async function startKithChild(settings: ChildSettings, nodeArgs: string[] = []): Promise<KithChild> {
  const script = fileURLToPath(new URL('./kith-child.ts', import.meta.url));
  const args = [...nodeArgs, '--import', 'tsx', script, JSON.stringify(settings)];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ url: string; token: string | undefined }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the Kith child did not start within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => reject(new Error(`the Kith child exited (code ${String(code)}) before it was ready`)));
    const stdout = child.stdout;
    if (!stdout) return reject(new Error('no stdout from the Kith child'));
    createInterface({ input: stdout }).on('line', (line) => {
      if (!line.startsWith(LOAD_READY_PREFIX)) return void process.stderr.write(`[kith] ${line}\n`);
      clearTimeout(timer);
      const [url = '', token = '-'] = line.slice(LOAD_READY_PREFIX.length).trim().split(' ');
      resolve({ url, token: token === '-' ? undefined : token });
    });
  });
  return {
    url: ready.url,
    setupToken: ready.token,
    pid: child.pid,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

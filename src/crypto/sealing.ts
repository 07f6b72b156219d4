import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ready, sealRecord, type SealedRecord, type SealInput } from './e2e';
import type { SealRequest } from './seal-worker';

/**
 * Sealing a text to its readers off the event loop. One X25519 sealed box per reader (20 on a
 * busy line) is a few milliseconds of CPU per text; on the main thread it held up every webhook
 * behind it — calls included — in a surge. Here it runs on one worker thread, started at the first
 * seal (an idle server carries no second libsodium), so the server's thread goes on answering calls
 * and a second core can share the work. Nothing else changes: the record is the same construction,
 * made as the text arrives, before it is stored.
 *
 * The worker is `seal-worker.js` beside the built server, or `seal-worker.ts` when run from source
 * (through tsx, as tests and `npm run kith` do). Should it fail to start or stop answering, texts
 * are sealed on this thread, as before: slower in a surge, never lost.
 */
interface Pending {
  resolve: (record: SealedRecord) => void;
  reject: (error: Error) => void;
}

class SealWorker {
  private worker: Worker | undefined;
  private started: Promise<boolean> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private broken = false;
  /** The sealing thread's id once it answers (for tests: proof the work left this thread). */
  threadId: number | undefined;

  async seal(input: SealInput): Promise<SealedRecord> {
    if (this.broken || !(await this.start())) return sealHere(input);
    const worker = this.worker;
    if (!worker) return sealHere(input);
    const id = this.nextId++;
    return new Promise<SealedRecord>((resolve, reject) => {
      // Held while a seal is owed, so a process with nothing else to do (a CLI command) waits for it.
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input } satisfies SealRequest);
    });
  }

  private start(): Promise<boolean> {
    this.started ??= new Promise<boolean>((started) => {
      const file = workerFile();
      if (!file) return started(false);
      const worker = file.endsWith('.ts') ? throughTsx(file) : new Worker(file);
      worker.on('message', (message: { ready?: true; id?: number; record?: SealedRecord; error?: string }) => {
        if (message.ready) {
          this.threadId = worker.threadId;
          // Idle, it never keeps the process alive: a server stopping does not wait for it.
          worker.unref();
          return started(true);
        }
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting || message.id === undefined) return;
        this.pending.delete(message.id);
        if (this.pending.size === 0) worker.unref();
        if (message.record) waiting.resolve(message.record);
        else waiting.reject(new Error(`sealing failed (${message.error ?? 'unknown'})`));
      });
      const fail = () => {
        this.broken = true;
        this.worker = undefined;
        started(false);
        // Whatever was in flight is sealed here instead; nothing waits on a thread that is gone.
        for (const [id, waiting] of this.pending) {
          this.pending.delete(id);
          waiting.reject(new SealWorkerGone());
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
    });
    return this.started;
  }
}

class SealWorkerGone extends Error {}

/**
 * From source, the worker's TypeScript goes through tsx, registered inside the worker before its
 * module loads (Node 20 does not apply a parent's `--import` hooks to a worker's entry module).
 */
export function throughTsx(file: string): Worker {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

export function workerFile(base = 'seal-worker'): string | undefined {
  for (const name of [`${base}.js`, `${base}.ts`]) {
    const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}

async function sealHere(input: SealInput): Promise<SealedRecord> {
  await ready();
  return sealRecord(input);
}

const sealer = new SealWorker();

/** `sealRecord`, on the sealing thread when there is one. */
export async function sealOffThread(input: SealInput): Promise<SealedRecord> {
  try {
    return await sealer.seal(input);
  } catch (error) {
    if (error instanceof SealWorkerGone) return sealHere(input);
    throw error;
  }
}

/** The sealing thread's id, once it has started and answered; undefined while texts are sealed here. */
export const sealingThread = (): number | undefined => sealer.threadId;

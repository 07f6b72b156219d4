import type { Worker } from 'node:worker_threads';
import { startWorker } from '../platform/worker-file';

export interface CheckpointerData {
  path: string;
  everyMs: number;
}

/**
 * Copies SQLite's write-ahead log into the database file from a thread of its own. Left to the
 * server's connection, a checkpoint (1,000 pages written and synced to disk) ran inside whichever
 * commit crossed the threshold, on the thread answering calls: at an even 500 calls a second it was
 * the whole p99 (6 ms with it, under 3 ms without; docs/PERFORMANCE.md). Run often here, each is
 * small and the server's connection rarely reaches its own threshold, which stays in force as the
 * backstop should this thread stop (erasure relies on checkpoints happening, `erasureProblems`).
 * Erasure's truncating checkpoint stays on the server's connection (`truncateWal`).
 */
export class Checkpointer {
  /** The thread's id once it runs (for tests: proof the checkpoints left the server's thread). */
  threadId: number | undefined;
  private readonly ready: Promise<void>;
  private readonly gone: Promise<void>;

  private constructor(private readonly worker: Worker) {
    this.gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.ready = new Promise<void>((resolve) => {
      worker.on('message', (message: { ready?: true }) => {
        if (!message.ready) return;
        this.threadId = worker.threadId;
        resolve();
      });
      // A thread that cannot start or dies leaves the backstop in charge; nothing else depends on it.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    // An idle server's process must be free to exit; the thread is never why it stays up.
    worker.unref();
  }

  static start(path: string, everyMs = CHECKPOINT_EVERY_MS): Checkpointer | undefined {
    const data: CheckpointerData = { path, everyMs };
    const worker = startWorker(new URL('./checkpoint-worker', import.meta.url), { workerData: data });
    return worker ? new Checkpointer(worker) : undefined;
  }

  /** Resolves once the thread has opened its connection (or failed to). */
  started(): Promise<void> {
    return this.ready;
  }

  /**
   * Closes the thread's connection before the server closes its own, so that the server's, as the
   * last, checkpoints everything and removes the -wal file.
   */
  async stop(): Promise<void> {
    await this.ready;
    this.worker.postMessage({ stop: true });
    await this.gone;
  }
}

/** Small enough that each checkpoint is a few hundred pages at 500 calls a second. */
const CHECKPOINT_EVERY_MS = 200;

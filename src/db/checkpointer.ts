import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../platform/worker-file';

export interface CheckpointerData {
  path: string;
  everyMs: number;
  /** The thread ends after this long with no commit from another connection. */
  idleExitMs: number;
}

/**
 * Copies SQLite's write-ahead log into the database file from a thread of its own. Left to the
 * server's connection, a checkpoint (1,000 pages written and synced to disk) ran inside whichever
 * commit crossed the threshold, on the thread answering calls: at an even 500 calls a second it was
 * most of the p99 (6 ms with it, under 3 ms without; docs/PERFORMANCE.md). Run often here, each is
 * small and the server's connection rarely reaches its own threshold, which stays in force as the
 * backstop for when this thread is not running (erasure relies on checkpoints, `erasureProblems`).
 * Erasure's truncating checkpoint stays on the server's connection (`truncateWal`).
 */
export class Checkpointer {
  /** The thread's id once it runs (for tests: proof the checkpoints left the server's thread). */
  threadId: number | undefined;
  private readonly ready: Promise<void>;
  /** Settles when the thread has ended, by `stop` or on its own after a quiet spell. */
  readonly gone: Promise<void>;

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

  static start(path: string, timing: Partial<Omit<CheckpointerData, 'path'>> = {}): Checkpointer | undefined {
    const data: CheckpointerData = {
      path,
      everyMs: CHECKPOINT_EVERY_MS,
      idleExitMs: IDLE_EXIT_MS,
      ...timing,
    };
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

/**
 * Starts the checkpointer only while the line is busy: the -wal file written at each of a few looks
 * in a row. An idle line keeps no second thread (about 10 MB: the start benchmark's idle memory);
 * the thread ends itself after a quiet minute. A surge's first seconds are checkpointed by the
 * server's connection, as before.
 */
export class CheckpointOnDemand {
  private running: Checkpointer | undefined;
  private lastWrite: number | undefined;
  private busyLooks = 0;
  private stopped = false;
  private readonly timer: NodeJS.Timeout;
  /** How many looks have been taken (for tests: that a quiet line was looked at and left alone). */
  looks = 0;

  constructor(
    private readonly path: string,
    /**
     * Told when a thread starts (true) and ends (false): the server's connection moves its own
     * checkpoint threshold out of the way while the thread keeps the log short (open.ts).
     */
    private readonly threadRuns: (running: boolean) => void,
    private readonly timing: {
      lookEveryMs: number;
      busyAfterLooks: number;
      /** The thread's own timing, when not the defaults (tests). */
      thread?: Partial<Omit<CheckpointerData, 'path'>>;
    } = { lookEveryMs: 250, busyAfterLooks: 2 },
  ) {
    this.timer = setInterval(() => void this.look(), timing.lookEveryMs);
    this.timer.unref();
  }

  /** The thread now running, if any. */
  get current(): Checkpointer | undefined {
    return this.running;
  }

  private async look(): Promise<void> {
    // With the thread running there is nothing to decide: no file to read on a busy line.
    if (this.running) return;
    const written = await stat(`${this.path}-wal`).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    this.looks += 1;
    this.busyLooks = written !== undefined && written !== this.lastWrite ? this.busyLooks + 1 : 0;
    this.lastWrite = written;
    // Stopped while the look was under way: a thread started now would outlive the server's connection.
    if (this.stopped || this.running || this.busyLooks < this.timing.busyAfterLooks) return;
    const started = Checkpointer.start(this.path, this.timing.thread);
    if (!started) return;
    this.running = started;
    this.threadRuns(true);
    void started.gone.then(() => {
      if (this.running !== started) return;
      this.running = undefined;
      // Before the server's connection closes (stop awaits this), so the threshold it keeps is its own.
      this.threadRuns(false);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.stop();
  }
}

/** Small enough that each checkpoint is a few hundred pages at 500 calls a second. */
const CHECKPOINT_EVERY_MS = 200;
/** A quiet minute: long enough that a line between calls in a busy hour keeps its thread. */
const IDLE_EXIT_MS = 60_000;
/**
 * The server connection's own threshold while the thread runs, in pages (about 32 MB of log). Under
 * steady writing a commit lands during almost every one of the thread's checkpoints, so the log is
 * never all copied when the next commit begins and never starts again from the top: it grows until
 * this threshold, where the server's connection (the only writer, so nothing lands during its
 * checkpoint) copies the little left and the log starts afresh. About once every 4 s at 500 calls a
 * second, rather than after every commit past 1,000 pages.
 */
export const BACKSTOP_WHILE_THREAD_RUNS = 8_000;

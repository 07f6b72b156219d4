import type { Worker } from 'node:worker_threads';
import { startWorker } from '../platform/worker-file';

/**
 * Slow crypto (sealing a text to twenty readers, Argon2id for a member's plan) off the server's
 * thread, so calls are answered while it runs. One worker per kind of work, started at its first
 * request (an idle server carries no second libsodium), answering requests by id; idle, it never
 * keeps the process alive. `base` locates the worker's file (`startWorker`).
 *
 * `ask` gives `undefined` when there is no worker and rejects with `WorkerGone` when the thread stops
 * mid-request: in both cases the caller does the work on its own thread — slower, never lost.
 * The worker posts `{ ready: true }` once, then `{ id, [answer]: … }` or `{ id, error }` per request.
 */
export class WorkerThread<Request extends object, Answer> {
  private worker: Worker | undefined;
  private started: Promise<boolean> | undefined;
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  /** The worker's thread id once it answers (for tests: proof the work left this thread). */
  threadId: number | undefined;

  constructor(
    private readonly base: URL,
    /** The field of the worker's message that carries the answer (`record`, `key`). */
    private readonly answerField: string,
    /** What failed, for the error a refused request rejects with ("sealing", "key derivation"). */
    private readonly what: string,
  ) {}

  async ask(request: Request): Promise<Answer | undefined> {
    const worker = (await this.start()) ? this.worker : undefined;
    if (!worker) return undefined;
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      // Held while an answer is owed, so a process with nothing else to do (a CLI command) waits for it.
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Promise<boolean> {
    this.started ??= new Promise<boolean>((started) => {
      const worker = startWorker(this.base);
      if (!worker) return started(false);
      worker.on('message', (message: { ready?: true; id?: number; error?: string } & Record<string, unknown>) => {
        if (message.ready) {
          this.threadId = worker.threadId;
          worker.unref();
          return started(true);
        }
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting || message.id === undefined) return;
        this.pending.delete(message.id);
        if (this.pending.size === 0) worker.unref();
        const answer = message[this.answerField];
        if (answer !== undefined) waiting.resolve(answer as Answer);
        else waiting.reject(new Error(`${this.what} failed (${message.error ?? 'unknown'})`));
      });
      const fail = () => {
        // Never started again: what follows runs on the caller's thread, as does whatever was in flight.
        this.worker = undefined;
        started(false);
        for (const [id, waiting] of this.pending) {
          this.pending.delete(id);
          waiting.reject(new WorkerGone());
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
    });
    return this.started;
  }
}

export class WorkerGone extends Error {}

import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { CheckpointerData } from './checkpointer';

/**
 * The thread SQLite's write-ahead log is copied into the database file on (checkpointer.ts), through
 * a connection of its own. PASSIVE never waits for the server's connection and never holds it up: it
 * copies what no reader still needs, and the server's next commit starts the log again from the top.
 * It reads and writes no row. With nothing new to copy for `idleExitMs` it closes and ends, so a line
 * gone quiet carries no second thread; the server starts it again when writing picks up.
 */
const { path, everyMs, idleExitMs } = workerData as CheckpointerData;
const db = new SQLite(path, { fileMustExist: true });
let seenVersion: unknown;
let idleSince = Date.now();
let stopped = false;

const timer = setInterval(() => {
  try {
    // Changes whenever another connection has committed since this one last asked.
    const version: unknown = db.pragma('data_version', { simple: true });
    if (version !== seenVersion) idleSince = Date.now();
    seenVersion = version;
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A full disk or an I/O error: the next tick tries again, and the server's own autocheckpoint
    // stays in force as the backstop, so a failure here delays copying but never loses a page.
  }
  if (Date.now() - idleSince >= idleExitMs) stop();
}, everyMs);

function stop(): void {
  if (stopped) return;
  stopped = true;
  clearInterval(timer);
  db.close();
  parentPort?.close();
}

parentPort?.on('message', (message: { stop?: true }) => {
  if (message.stop) stop();
});
parentPort?.postMessage({ ready: true });

import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { CheckpointerData } from './checkpointer';

/**
 * The thread SQLite's write-ahead log is copied into the database file on (checkpointer.ts), through
 * a connection of its own. PASSIVE never waits for the server's connection and never holds it up: it
 * copies what no reader still needs, and the server's next commit starts the log again from the top.
 * It reads and writes no row.
 */
const { path, everyMs } = workerData as CheckpointerData;
const db = new SQLite(path, { fileMustExist: true });

const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A full disk or an I/O error: the next tick tries again, and the server's own autocheckpoint
    // stays in force as the backstop, so a failure here delays copying but never loses a page.
  }
}, everyMs);

parentPort?.on('message', (message: { stop?: true }) => {
  if (!message.stop) return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
parentPort?.postMessage({ ready: true });

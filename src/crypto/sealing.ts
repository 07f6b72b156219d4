import { ready, sealRecord, type SealedRecord, type SealInput } from './e2e';
import type { SealRequest } from './seal-worker';
import { WorkerGone, WorkerThread } from './worker-thread';

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
const sealer = new WorkerThread<Omit<SealRequest, 'id'>, SealedRecord>(
  new URL('./seal-worker', import.meta.url),
  'record',
  'sealing',
);

async function sealHere(input: SealInput): Promise<SealedRecord> {
  await ready();
  return sealRecord(input);
}

/** `sealRecord`, on the sealing thread when there is one. */
export async function sealOffThread(input: SealInput): Promise<SealedRecord> {
  let record: SealedRecord;
  try {
    record = (await sealer.ask({ input })) ?? (await sealHere(input));
  } catch (error) {
    if (!(error instanceof WorkerGone)) throw error;
    record = await sealHere(input);
  }
  if (afterEachSeal) await afterEachSeal();
  return record;
}

let afterEachSeal: (() => Promise<void>) | undefined;

/**
 * Test seam (test/scenarios/texting-seal.test.ts): `hook` runs after each seal, before the record is
 * handed back, so a test can change a text's readers between its seal and its transaction without
 * timing luck; undefined removes it (test/support/between-files.ts). Never call it from src/.
 */
export function afterEachSealForTests(hook: (() => Promise<void>) | undefined): void {
  afterEachSeal = hook;
}

/** The sealing thread's id, once it has started and answered; undefined while texts are sealed here. */
export const sealingThread = (): number | undefined => sealer.threadId;

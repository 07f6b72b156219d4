import { parentPort } from 'node:worker_threads';
import { ready, sealRecord, type SealInput } from './e2e';
import { useRandomPool } from './random-pool';

/**
 * The thread texts are sealed on (see sealing.ts): libsodium and the randomness pool of its own,
 * one message in, one sealed record (or a plain error name) out. It holds nothing between messages.
 */
export interface SealRequest {
  id: number;
  input: SealInput;
}

await ready();
await useRandomPool();
parentPort?.on('message', ({ id, input }: SealRequest) => {
  try {
    parentPort?.postMessage({ id, record: sealRecord(input) });
  } catch (error) {
    // The name only: a message could, in some library's future, quote what it was given.
    parentPort?.postMessage({ id, error: error instanceof Error ? error.name : 'Error' });
  }
});
parentPort?.postMessage({ ready: true });

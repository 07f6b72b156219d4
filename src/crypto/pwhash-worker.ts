import { parentPort } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

/**
 * The thread members' plan keys are derived on (plan-lock.ts): Argon2id at 256 MiB takes a second or
 * two, which on the server's own thread would hold every call's webhook behind it. One request at a
 * time, so at most one derivation's memory is in use. It holds nothing between messages.
 */
export interface PwhashRequest {
  id: number;
  secret: string;
  salt: Uint8Array;
  opslimit: number;
  memlimit: number;
}

await sodium.ready;
parentPort?.on('message', ({ id, secret, salt, opslimit, memlimit }: PwhashRequest) => {
  try {
    const key = sodium.crypto_pwhash(32, secret, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
    parentPort?.postMessage({ id, key });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.name : 'Error' });
  }
});
parentPort?.postMessage({ ready: true });

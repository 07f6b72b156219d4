import { useArgonPolicyForTests } from '../../src/crypto/argon-policy';
import { afterEachSealForTests } from '../../src/crypto/sealing';

/**
 * Runs before every test file. Files share a worker process (`isolate: false` in vitest.config.ts:
 * importing the server's modules once per worker, not once per file, saves minutes a run), so any
 * module state a test may set is put back here: each file starts as a fresh process would.
 * - The Argon2id policy: a file that started servers with cheap Argon2id must not leave it for the
 *   next, which may enrol keys for a child process that runs production's.
 * - The hook run after each seal (src/crypto/sealing.ts), which a file may leave set.
 */
useArgonPolicyForTests(undefined);
afterEachSealForTests(undefined);

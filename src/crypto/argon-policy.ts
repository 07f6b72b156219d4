import sodium from 'libsodium-wrappers-sumo';
import type { ArgonParams } from './e2e-sign-in';

/**
 * The Argon2id parameters the server hands out and accepts (docs/SIGN-IN.md), fixed here and
 * nowhere else. No environment variable or config setting reaches them: the only way to change
 * them is `useArgonPolicyForTests`, a call that only test/ code makes — argon-policy.test.ts fails
 * if any other file under src/ names it — so a production start always gets `productionArgon()`.
 */
export interface ArgonPolicy {
  /** What a new passphrase account uses, and so also what an unknown name is answered with. */
  enrol: ArgonParams;
  /** The range accepted at enrolment. */
  min: ArgonParams;
  max: ArgonParams;
}

/**
 * Read after sodium.ready (the server keys await it at start), hence a function.
 * - enrol: moderate (3 passes, 256 MiB). A seized database holds the wrapped key and salt, and
 *   Argon2id's cost is what slows guessing against them.
 * - accepted: libsodium's interactive to sensitive.
 * (One-time device codes are always interactive, on both sides: src/auth/device-codes/service.ts.)
 */
export function productionArgon(): ArgonPolicy {
  return {
    enrol: { opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE },
    min: { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE },
    max: { opslimit: sodium.crypto_pwhash_OPSLIMIT_SENSITIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_SENSITIVE },
  };
}

let forTests: ArgonPolicy | undefined;

/** The parameters in force: production's, unless a test process chose others. */
export function argonPolicy(): ArgonPolicy {
  return forTests ?? productionArgon();
}

/**
 * Test seam (test/support/kith.ts): every server in this process uses `policy` from now on;
 * undefined goes back to production's. Never call it from src/.
 */
export function useArgonPolicyForTests(policy: ArgonPolicy | undefined): void {
  forTests = policy;
}

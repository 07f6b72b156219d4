/**
 * TEST-ONLY helpers for the end-to-end layer. Never import this from application code: a fixed
 * data key or nonce destroys the scheme. It exists so known-answer "format vectors" can be frozen
 * and checked byte for byte by every build (Node today, the browser bundle later).
 */
import { sodium } from './e2e-base';
import { identityFromSecretKey, type Identity } from './e2e-keys';
import { sealRecordWith, type SealedRecord, type SealInput } from './e2e-records';

/**
 * sealRecord with a caller-chosen data key and nonce, so `nonce` and `ciphertext` are reproducible.
 * The `sealedKey` entries are still random: crypto_box_seal makes a fresh ephemeral key pair each
 * time and libsodium offers no way to fix it. Frozen vectors therefore pin the content bytes
 * exactly and pin a sealed key by opening it with a fixed reader key.
 */
export function sealRecordDeterministic(input: SealInput & { dataKey: Uint8Array; nonce: Uint8Array }): SealedRecord {
  return sealRecordWith(input, input.dataKey, input.nonce);
}

/** A reproducible X25519 identity from a 32-byte seed (crypto_box_seed_keypair). */
export function identityFromSeed(seed: Uint8Array): Identity {
  return identityFromSecretKey(sodium.crypto_box_seed_keypair(seed).privateKey);
}

import { deriveSignInKeys, identityFromSecretKey, unwrapWithKey, type KeyWrappedKey } from '../crypto/e2e';
import { fromB64, sodium, toB64, wipe, WrongKeyError } from '../crypto/e2e-base';

/**
 * The backup file: a JSON header naming its recipients, and one XChaCha20-Poly1305 box holding the
 * contents. The box's key is sealed (X25519 sealed box) to each coordinator's public key, so the
 * server's own secrets cannot open a backup: a seized server and a seized backup together yield no
 * more than the server alone. Each recipient carries their passphrase-wrapped private key as the
 * server holds it, so a coordinator's passphrase alone opens the file on a new machine.
 */
export const BACKUP_FORMAT = 'kith-backup';
export const BACKUP_VERSION = 1;

export interface Recipient {
  responderId: string;
  /** base64url X25519 public key. */
  publicKey: string;
  /** The file key, sealed to `publicKey`. */
  sealedFileKey: string;
  /** What a passphrase needs to recover the private key; null for a passkey-only coordinator. */
  unlock: { wrappedKey: KeyWrappedKey; authSalt: string; argon: { opslimit: number; memlimit: number } } | null;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: number;
  recipients: Recipient[];
}

export interface BackupFile extends BackupHeader {
  nonce: string;
  /** The contents (JSON), with the header above as associated data so no recipient can be swapped in. */
  ciphertext: string;
}

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Seals `contents` to every recipient; `recipients` gives each one's public key and unlock data. */
export function sealBackup(
  contents: Uint8Array,
  createdAt: number,
  recipients: Omit<Recipient, 'sealedFileKey'>[],
): BackupFile {
  if (recipients.length === 0)
    throw new BackupError('no coordinator has a key yet: a backup could not be opened by anyone');
  const fileKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
  try {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt,
      recipients: recipients.map((r) => ({
        ...r,
        sealedFileKey: toB64(sodium.crypto_box_seal(fileKey, fromB64(r.publicKey))),
      })),
    };
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      contents,
      JSON.stringify(header),
      null,
      nonce,
      fileKey,
    );
    return { ...header, nonce: toB64(nonce), ciphertext: toB64(ciphertext) };
  } finally {
    wipe(fileKey);
  }
}

export function parseBackup(text: string): BackupFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError('this is not a Kith backup (it is not JSON)');
  }
  const file = parsed as Partial<BackupFile>;
  if (file.format !== BACKUP_FORMAT) throw new BackupError('this is not a Kith backup');
  if (file.version !== BACKUP_VERSION)
    throw new BackupError(`this backup is version ${String(file.version)}; this Kith reads version ${BACKUP_VERSION}`);
  if (
    !Array.isArray(file.recipients) ||
    typeof file.nonce !== 'string' ||
    typeof file.ciphertext !== 'string' ||
    typeof file.createdAt !== 'number'
  ) {
    throw new BackupError('this backup is damaged (its header is incomplete)');
  }
  return file as BackupFile;
}

/**
 * Opens the file with a coordinator's passphrase, trying each recipient who has one (Argon2id per
 * try: a few coordinators cost a few seconds). Wrong passphrase and damaged file look alike.
 */
export function openBackup(file: BackupFile, passphrase: string): Uint8Array {
  const header: BackupHeader = {
    format: file.format,
    version: file.version,
    createdAt: file.createdAt,
    recipients: file.recipients,
  };
  for (const recipient of file.recipients) {
    if (recipient.unlock === null) continue;
    const { wrappingKey } = deriveSignInKeys(passphrase, recipient.unlock.authSalt, recipient.unlock.argon);
    let secretKey: Uint8Array;
    try {
      secretKey = unwrapWithKey(recipient.unlock.wrappedKey, wrappingKey);
    } catch (error) {
      if (error instanceof WrongKeyError) continue;
      throw error;
    } finally {
      wipe(wrappingKey);
    }
    try {
      const me = identityFromSecretKey(secretKey);
      const fileKey = sodium.crypto_box_seal_open(fromB64(recipient.sealedFileKey), fromB64(me.publicKey), secretKey);
      try {
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          fromB64(file.ciphertext),
          JSON.stringify(header),
          fromB64(file.nonce),
          fileKey,
        );
      } finally {
        wipe(fileKey);
      }
    } catch {
      throw new BackupError('this backup is damaged: the passphrase is right but the contents do not open');
    } finally {
      wipe(secretKey);
    }
  }
  throw new BackupError('that passphrase opens no coordinator’s key in this backup (or the file is damaged)');
}

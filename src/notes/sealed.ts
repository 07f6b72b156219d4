import { RECORD_ALG, type SealedKey, type SealedRecord } from '../crypto/e2e';
import type { FieldProblem } from '../platform/errors';

/**
 * What the server checks of a sealed note, and how it stores one. The server cannot open a note; it
 * can only refuse what no Kith console would make, so broken or oversized records never rest here.
 */

export const B64URL = '^[A-Za-z0-9_-]*$';
/** A browser-made UUID (crypto.randomUUID) or Kith's own id format (ids.ts) with the `note` prefix. */
export const NOTE_ID_PATTERN =
  '^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|note_[A-Za-z0-9_-]{16})$';

const CIPHERTEXT_BYTES = 64 * 1024;
export const LIMITS = {
  /** Sealed content plus its 16-byte tag: a note is minimal by design (DESIGN.md), 64 KiB is plenty. */
  ciphertextBytes: CIPHERTEXT_BYTES,
  ciphertextChars: Math.ceil((CIPHERTEXT_BYTES * 4) / 3),
  /** How many keys a request may carry before the service explains why it wants exactly one. */
  keysInRequest: 8,
  /** A request body: the largest ciphertext in base64url, with room for the JSON around it. */
  bodyBytes: 128 * 1024,
} as const;

const BYTES = { nonce: 24, tag: 16, keyId: 16, sealedKey: 48 + 32 } as const;

/** A sealed note as stored: the record without its id (the row's id) and its keys (note_readers). */
interface StoredBody {
  v: 1;
  alg: typeof RECORD_ALG;
  nonce: string;
  ciphertext: string;
}

/** Strict unpadded base64url: the decoded bytes must encode back to the same text (no stray bits). */
function decodedLength(text: string): number | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes.length : undefined;
}

function exactly(problems: FieldProblem[], field: string, text: string, bytes: number): void {
  if (decodedLength(text) !== bytes) problems.push({ field, message: `must be ${bytes} bytes of unpadded base64url` });
}

/** The content part of a record: bound to this note's id, a 24-byte nonce, a ciphertext within limits. */
export function checkSealedBody(
  record: Pick<SealedRecord, 'v' | 'alg' | 'recordId' | 'nonce' | 'ciphertext'>,
  noteId: string,
  at = '/record',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (record.v !== 1) problems.push({ field: `${at}/v`, message: 'must be 1' });
  if (record.alg !== RECORD_ALG) problems.push({ field: `${at}/alg`, message: `must be ${RECORD_ALG}` });
  // The id is the ciphertext's associated data: a record sealed under another id would never open here.
  if (record.recordId !== noteId)
    problems.push({ field: `${at}/recordId`, message: 'must equal the note id it was sealed under' });
  exactly(problems, `${at}/nonce`, record.nonce, BYTES.nonce);
  const length = decodedLength(record.ciphertext);
  if (length === undefined || length < BYTES.tag || length > LIMITS.ciphertextBytes) {
    problems.push({
      field: `${at}/ciphertext`,
      message: `must be ${BYTES.tag} to ${LIMITS.ciphertextBytes} bytes of unpadded base64url`,
    });
  }
  return problems;
}

/** One reader's entry: a 16-byte key id and an 80-byte sealed box. */
export function checkSealedKey(key: SealedKey, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  exactly(problems, `${at}/keyId`, key.keyId, BYTES.keyId);
  exactly(problems, `${at}/sealedKey`, key.sealedKey, BYTES.sealedKey);
  return problems;
}

export function storedBody(record: Pick<SealedRecord, 'nonce' | 'ciphertext'>): string {
  const body: StoredBody = { v: 1, alg: RECORD_ALG, nonce: record.nonce, ciphertext: record.ciphertext };
  return JSON.stringify(body);
}

/** Rebuilds the SealedRecord a reader can open: the stored body, the note id, and that reader's key only. */
export function recordFor(noteId: string, sealed: string, mine: SealedKey): SealedRecord {
  const body = JSON.parse(sealed) as StoredBody;
  return {
    v: body.v,
    alg: body.alg,
    recordId: noteId,
    nonce: body.nonce,
    ciphertext: body.ciphertext,
    keys: [{ keyId: mine.keyId, sealedKey: mine.sealedKey }],
  };
}

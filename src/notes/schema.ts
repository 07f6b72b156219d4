import { Type, type Static } from '@sinclair/typebox';
import { RECORD_ALG } from '../crypto/e2e';
import { Nullable, Strict } from '../http/schema-helpers';
import { B64URL, LIMITS, NOTE_ID_PATTERN } from './sealed';

/**
 * The edge's view of sealed notes. Shapes and alphabets are checked here; exact byte lengths and
 * canonical base64url (which a pattern cannot express) are checked in sealed.ts, naming the same fields.
 */
const b64 = (description: string, length: { minLength?: number; maxLength: number }) =>
  Type.String({ pattern: B64URL, ...length, description });

export const NoteIdSchema = Type.String({
  pattern: NOTE_ID_PATTERN,
  description: 'Chosen by the browser before sealing: a UUID (lower case) or note_ + 16 base64url characters',
});

export const SealedKeySchema = Strict(
  {
    keyId: b64('keyId of the reader’s public key (16 bytes)', { minLength: 22, maxLength: 22 }),
    sealedKey: b64('crypto_box_seal(data key, reader’s public key): 80 bytes', { minLength: 107, maxLength: 107 }),
  },
  'One reader’s sealed copy of the data key',
);

const bodyFields = {
  v: Type.Literal(1),
  alg: Type.Literal(RECORD_ALG),
  recordId: Type.String({
    maxLength: 64,
    description: 'Must equal the note id: it is the associated data of the ciphertext',
  }),
  nonce: b64('24 bytes', { minLength: 32, maxLength: 32 }),
  ciphertext: b64(`XChaCha20-Poly1305 content and tag: 16 to ${LIMITS.ciphertextBytes} bytes`, {
    minLength: 22,
    maxLength: LIMITS.ciphertextChars,
  }),
};

/** A SealedRecord from src/crypto/e2e.ts, as sealRecord / shareRecord / resealRecord make it. */
export const SealedRecordSchema = Strict(
  { ...bodyFields, keys: Type.Array(SealedKeySchema, { maxItems: LIMITS.keysInRequest }) },
  'A SealedRecord (docs/CRYPTO.md); in answers, `keys` holds only the asking reader’s own entry',
);
/** An edit: new nonce and ciphertext under the same data key; readers and their keys are kept by the server. */
export const SealedBodySchema = Strict({
  ...bodyFields,
  keys: Type.Optional(Type.Array(SealedKeySchema, { maxItems: LIMITS.keysInRequest })),
});

export const NewNoteSchema = Strict({
  id: NoteIdSchema,
  callId: Nullable(Type.String({ maxLength: 64, description: 'The call the note is about, or null' })),
  record: SealedRecordSchema,
});
export type NewNoteBody = Static<typeof NewNoteSchema>;

export const NoteEditSchema = Strict({ record: SealedBodySchema });
export type NoteEditBody = Static<typeof NoteEditSchema>;

export const ShareSchema = Strict({
  responderId: Type.String({ maxLength: 64 }),
  sealedKey: SealedKeySchema,
});
export type ShareBody = Static<typeof ShareSchema>;

export const NoteSchema = Strict(
  {
    id: Type.String(),
    callId: Nullable(Type.String()),
    callStartedAt: Nullable(Type.Integer({ description: 'Epoch milliseconds: when the call began, or null' })),
    authorId: Type.String(),
    authorName: Type.String(),
    createdAt: Type.Integer({ description: 'Epoch milliseconds' }),
    updatedAt: Type.Integer({ description: 'Epoch milliseconds' }),
    record: SealedRecordSchema,
    readers: Type.Array(Strict({ responderId: Type.String(), name: Type.String() }), {
      description: 'Everyone who can open it, author first; names only',
    }),
  },
  'A note as one of its readers sees it: ciphertext, and that reader’s sealed key only',
);

export const NotesQuery = Strict({
  callId: Type.Optional(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
});
export type NotesQueryString = Static<typeof NotesQuery>;

export const NoteParams = Strict({ id: Type.String({ maxLength: 64 }) });
export const ReaderParams = Strict({ id: Type.String({ maxLength: 64 }), responderId: Type.String({ maxLength: 64 }) });

export const DirectoryEntrySchema = Strict(
  {
    id: Type.String(),
    name: Type.String(),
    publicKey: Nullable(Type.String({ description: 'X25519, base64url; null until they have signed in once' })),
    keyId: Nullable(Type.String({ description: 'Fingerprint of publicKey, to compare in person' })),
  },
  'A teammate a note can be shared with',
);

/** What the console reads (src/web/client imports these types, never a copy). */
export type NoteView = Static<typeof NoteSchema>;
export type DirectoryEntry = Static<typeof DirectoryEntrySchema>;

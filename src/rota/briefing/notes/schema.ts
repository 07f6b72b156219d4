import { Type, type Static } from '@sinclair/typebox';
import { RECORD_ALG } from '../../../crypto/e2e';
import { Nullable, Strict } from '../../../http/schema-helpers';
import { SealedKeySchema, NoteIdSchema } from '../../../notes/schema';
import { B64URL } from '../../../notes/sealed';
import { SHIFT_NOTE_MAX_CHARS } from '../../../program/limits';

/** The edge's view of shift notes; exact byte lengths and the exact readers are checked in service.ts. */
const CIPHERTEXT_MAX_CHARS = Math.ceil(((SHIFT_NOTE_MAX_CHARS * 4 + 16) * 4) / 3);
/** A shift has a handful of people; this only bounds a request. */
const READERS_MAX = 64;

const ShiftNoteRecord = Strict(
  {
    v: Type.Literal(1),
    alg: Type.Literal(RECORD_ALG),
    recordId: Type.String({ maxLength: 64, description: 'Must equal the note id: the ciphertext’s associated data' }),
    nonce: Type.String({ pattern: B64URL, minLength: 32, maxLength: 32, description: '24 bytes' }),
    ciphertext: Type.String({
      pattern: B64URL,
      minLength: 22,
      maxLength: CIPHERTEXT_MAX_CHARS,
      description: `XChaCha20-Poly1305 content and tag: at most ${SHIFT_NOTE_MAX_CHARS} characters sealed`,
    }),
    keys: Type.Array(SealedKeySchema, { maxItems: READERS_MAX }),
  },
  'A SealedRecord (docs/CRYPTO.md); in answers, `keys` holds only the asking reader’s own entry',
);

const Window = Strict({
  start: Type.Integer({ description: 'Epoch ms: the shift’s start' }),
  end: Type.Integer({ description: 'Epoch ms: the shift’s end, when its notes are deleted' }),
});

export const NewShiftNoteSchema = Strict({ id: NoteIdSchema, window: Window, record: ShiftNoteRecord });
export type NewShiftNoteBody = Static<typeof NewShiftNoteSchema>;

export const ShiftNoteSchema = Strict(
  {
    id: Type.String(),
    authorId: Type.String(),
    authorName: Type.String(),
    start: Type.Integer(),
    end: Type.Integer({ description: 'Epoch ms: the note is deleted then' }),
    createdAt: Type.Integer(),
    record: ShiftNoteRecord,
    mayDelete: Type.Boolean({ description: 'Whether I may delete it now: I wrote it, or I coordinate the program' }),
  },
  'A note for a shift, sealed to those on it: with the asking reader’s key only',
);

export const DeletedShiftNoteSchema = Strict(
  {
    id: Type.String(),
    deletedBy: Type.Union([Type.Literal('writer'), Type.Literal('coordinator')]),
    message: Type.String({ description: 'What happened, in plain words' }),
  },
  'A note for a shift, deleted with its keys before the shift ended',
);

export const MyShiftNotesSchema = Strict(
  {
    windows: Type.Array(
      Strict({
        start: Type.Integer(),
        end: Type.Integer(),
        readers: Type.Array(
          Strict({
            id: Type.String(),
            name: Type.String(),
            publicKey: Nullable(Type.String()),
            keyId: Nullable(Type.String()),
          }),
          { description: 'Everyone on this shift: whom a note for it is sealed to (null key: never signed in)' },
        ),
      }),
      { description: 'My shift now and my next ones within a week: what I can write for' },
    ),
    notes: Type.Array(ShiftNoteSchema),
    unreadable: Type.Integer({ description: 'Notes for my shifts sealed before I joined them: I cannot open them' }),
  },
  'Notes for my shifts, and whom a new one would be sealed to',
);
export type MyShiftNotesView = Static<typeof MyShiftNotesSchema>;
export type ShiftNoteView = Static<typeof ShiftNoteSchema>;

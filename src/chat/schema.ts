import { Type, type Static } from '@sinclair/typebox';
import { MESSAGE_ID_PATTERN } from '../conversations/schema';
import { Strict } from '../http/schema-helpers';
import { SealedKeySchema, SealedRecordSchema } from '../notes/schema';

/**
 * The no-JavaScript form. Loose on purpose: a word too many is answered with the page and a plain
 * sentence, not a JSON error, so lengths are checked by the handler. `action` is which button.
 */
export const ChatFormSchema = Type.Object(
  {
    message: Type.Optional(Type.String({ maxLength: 20_000 })),
    action: Type.Optional(Type.String({ maxLength: 10 })),
    token: Type.Optional(Type.String({ maxLength: 200 })),
    lang: Type.Optional(Type.String({ maxLength: 10 })),
    /** Under pressure, the wait-then-valid ticket the page gave (src/chat/proof.ts). */
    ticket: Type.Optional(Type.String({ maxLength: 200 })),
    /** The session the page carries, for a browser that keeps no cookie (src/chat/session.ts). */
    session: Type.Optional(Type.String({ maxLength: 100 })),
    /** `off`: the page without JavaScript was asked not to reload itself while waiting. */
    refresh: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type ChatForm = Static<typeof ChatFormSchema>;

/** `GET /chat`: `lang` (read by src/web/language.ts), `refresh=off` and `again`. Loose: a stray parameter is ignored. */
export const ChatQuerySchema = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  refresh: Type.Optional(Type.String({ maxLength: 10 })),
  /** Which self-reload the page without JavaScript came from (src/web/chat-page.ts). */
  again: Type.Optional(Type.String({ maxLength: 2 })),
});

/** A message sealed in the visitor's browser to every current reader and to their own key. */
export const SealedPostSchema = Strict({
  id: Type.String({ pattern: MESSAGE_ID_PATTERN }),
  publicKey: Type.String({
    minLength: 43,
    maxLength: 43,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'The visitor’s X25519 public key, made in their browser',
  }),
  language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' }),
  // Every on-call responder may be a reader, so more keys than a note's are allowed.
  record: Strict({
    ...SealedRecordSchema.properties,
    keys: Type.Array(SealedKeySchema, { minItems: 1, maxItems: 64 }),
  }),
});
export type SealedPostBody = Static<typeof SealedPostSchema>;

/**
 * Words the page's script asks the server to seal because its own sealing code has not arrived yet
 * (a slow connection): the same words the form would post, with the key the page made for itself.
 */
export const WordsPostSchema = Strict({
  id: Type.String({ pattern: MESSAGE_ID_PATTERN }),
  publicKey: SealedPostSchema.properties.publicKey,
  language: SealedPostSchema.properties.language,
  words: Type.String({ minLength: 1, maxLength: 20_000 }),
});
export type WordsPostBody = Static<typeof WordsPostSchema>;

/** One chat message as the visitor's browser gets it back. */
export const CHAT_BODY_LIMIT = { form: 24 * 1024, sealed: 64 * 1024, words: 24 * 1024 } as const;

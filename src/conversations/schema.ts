import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { SealedKeySchema, SealedRecordSchema } from '../notes/schema';
import { MAX_REPLY_CHARS } from './replies';

export const MESSAGE_ID_PATTERN =
  '^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|msg_[A-Za-z0-9_-]{16})$';

export const ConversationParams = Strict({ id: Type.String({ maxLength: 64 }) });

const Holder = Nullable(Strict({ id: Type.String(), name: Type.String() }));

export const ConversationSummarySchema = Strict(
  {
    id: Type.String(),
    alias: Type.String({ description: 'What responders call it ("K7"): never a number' }),
    channel: Type.Union([Type.Literal('sms'), Type.Literal('chat')]),
    state: Type.Union([Type.Literal('waiting'), Type.Literal('claimed'), Type.Literal('closed')]),
    tier: Type.Union([Type.Literal('primary'), Type.Literal('backup'), Type.Literal('exhausted')]),
    language: Type.String(),
    heldBy: Holder,
    mine: Type.Boolean({ description: 'Whether I hold it' }),
    openedAt: Type.Integer(),
    claimedAt: Nullable(Type.Integer()),
    firstResponseAt: Nullable(Type.Integer()),
    lastActivityAt: Type.Integer(),
    closedAt: Nullable(Type.Integer()),
    outcome: Nullable(Type.String()),
    messages: Strict({ inbound: Type.Integer(), outbound: Type.Integer(), media: Type.Integer() }),
    optedOut: Type.Boolean({ description: 'The person texted STOP: no text can reach them until START' }),
  },
  'A conversation as the team sees it: who holds it, times and counts — no number, no words',
);

export const MessageSchema = Strict({
  id: Type.String(),
  seq: Type.Integer(),
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  author: Holder,
  at: Type.Integer(),
  mediaCount: Type.Integer({ description: 'Pictures sent with it: counted, never kept' }),
  delivery: Nullable(Type.String()),
  hasWords: Type.Boolean({ description: 'Whether the message had words (sealed); false for a picture alone' }),
  // Sealed words with my own key only; null when I am not a reader or there were no words.
  record: Nullable(SealedRecordSchema),
});

export const ConversationSchema = Strict({
  ...ConversationSummarySchema.properties,
  personPublicKey: Nullable(Type.String()),
  thread: Type.Array(MessageSchema),
});

export const ReplySchema = Strict({
  text: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: MAX_REPLY_CHARS,
      description: 'SMS: the words, sent from the community number and sealed as they are stored',
    }),
  ),
  id: Type.Optional(Type.String({ pattern: MESSAGE_ID_PATTERN })),
  record: Type.Optional(SealedRecordSchema),
});
export type ReplyBody = Static<typeof ReplySchema>;

export const HandOffSchema = Strict({
  to: Type.String({ maxLength: 64, description: 'The teammate’s responder id' }),
  keys: Type.Array(Strict({ messageId: Type.String({ maxLength: 64 }), sealedKey: SealedKeySchema }), {
    maxItems: 2000,
    description:
      'Each earlier message’s data key re-sealed to the teammate in my browser (shareRecord); the server cannot do it',
  }),
});
export type HandOffBody = Static<typeof HandOffSchema>;

/** What the console reads (src/web/client imports these types, never a copy). */
export type ConversationSummary = Static<typeof ConversationSummarySchema>;
export type MessageView = Static<typeof MessageSchema>;
export type ConversationView = Static<typeof ConversationSchema>;

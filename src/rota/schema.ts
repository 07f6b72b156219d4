import { Type } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { LEAD_MINUTES } from './timing';

export const ScopeParams = Strict({ scope: Type.Union([Type.Literal('mine'), Type.Literal('rota')]) });
export const FeedFileParams = Strict({ file: Type.String({ maxLength: 100 }) });

const Made = Nullable(Strict({ createdAt: Type.Integer({ description: 'Epoch ms the link was made' }) }));
export const FeedLinksSchema = Strict(
  { mine: Made, rota: Made },
  'Which private calendar links exist; the links themselves are shown once, when made',
);
export const FeedUrlSchema = Strict(
  { url: Type.String({ description: 'The private link, shown this once: anyone who has it can read the feed' }) },
  'A new calendar link; the old one stops working',
);

const Lead = Type.Union([
  Strict({ kind: Type.Literal('before'), minutes: Type.Union(LEAD_MINUTES.map((m) => Type.Literal(m))) }),
  Strict({
    kind: Type.Literal('evening'),
    at: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local HH:MM the evening before' }),
  }),
]);

export const ReminderInput = Strict({
  lead: Lead,
  bySms: Type.Boolean({ description: 'A text to my own phone' }),
  byPush: Type.Boolean({ description: 'A push notification to each device where I turned it on' }),
});

export const ReminderSchema = Strict(
  {
    lead: Lead,
    bySms: Type.Boolean(),
    byPush: Type.Boolean(),
    pushHere: Type.Boolean({ description: 'This signed-in device receives push reminders' }),
    vapidPublicKey: Type.String({ description: 'The server’s VAPID public key, for the browser’s subscribe call' }),
  },
  'How and when I hear before a shift',
);

export const PushInput = Strict(
  {
    endpoint: Type.String({ maxLength: 2000 }),
    keys: Strict({ p256dh: Type.String({ maxLength: 200 }), auth: Type.String({ maxLength: 100 }) }),
  },
  'The browser’s push subscription (PushSubscription.toJSON(), without expirationTime)',
);

import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { invalid } from '../../platform/errors';
import { xmlSafe } from '../../platform/text';
import type { TextHandlers } from '../webhooks';
import { SMS_PATH } from './number-paths';
import { one, verifiedParams } from './verify';

/** Twilio's message statuses after which no other comes: the provider's copy can go. */
const FINAL = new Set(['delivered', 'undelivered', 'failed', 'received', 'read', 'canceled']);

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** Replies as TwiML `<Message>`s, each asking for its status so the provider's copy can be deleted. */
export function renderMessages(texts: readonly string[], statusCallback: string): string {
  // xmlSafe: a character XML cannot hold would make the reply invalid and every text in it lost.
  const Message = texts.map((text) => ({ '@_statusCallback': xmlSafe(statusCallback), '#text': xmlSafe(text) }));
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ Response: texts.length > 0 ? { Message } : '' }) as string}`;
}

/**
 * Twilio-compatible messaging webhooks. Signatures are checked as for voice; what a text means (a
 * responder's command, a person reaching the line) is the handlers' business (src/line/texts.ts). A
 * failure answers 500 so the provider retries with the same MessageSid, which finds what was stored.
 */
export function twilioSmsRoutes(app: FastifyInstance, ctx: AppContext, texts: TextHandlers): void {
  const statusCallback = `${ctx.config.publicUrl}${texts.statusPath}`;

  app.post(SMS_PATH, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
    const params = verifiedParams(ctx, request);
    const messageRef = one(params, 'MessageSid') ?? '';
    const from = one(params, 'From') ?? '';
    const to = one(params, 'To') ?? '';
    if (messageRef === '' || from === '' || to === '')
      throw invalid(
        ['MessageSid', 'From', 'To']
          .filter((name) => (one(params, name) ?? '') === '')
          .map((name) => ({ field: `/${name}`, message: 'a text webhook needs it' })),
      );
    const body = one(params, 'Body') ?? '';
    const mediaCount = Math.max(0, Number.parseInt(one(params, 'NumMedia') ?? '0', 10) || 0);
    const replies = await texts.received({ messageRef, from, to, body, mediaCount });
    return reply.type('text/xml').send(renderMessages(replies, statusCallback));
  });

  app.post(texts.statusPath, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
    const params = verifiedParams(ctx, request);
    const messageRef = one(params, 'MessageSid') ?? '';
    const status = one(params, 'MessageStatus') ?? one(params, 'SmsStatus') ?? '';
    if (messageRef !== '' && status !== '') await texts.delivery({ messageRef, status, final: FINAL.has(status) });
    return reply.status(204).send();
  });
}

import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { textDepsOf } from '../../conversations/deps';
import { FloodGate } from '../../conversations/flood';
import { personTexted } from '../../conversations/inbound';
import {
  eraseAtProvider,
  handleProviderCopy,
  OUTBOUND_GRACE_MS,
  oweDeletion,
} from '../../conversations/provider-copies';
import { SMS_STATUS_PATH } from '../../conversations/notify';
import { responderTexted } from '../../conversations/responder-sms';
import type { AppContext } from '../../context';
import { pagerHandler } from '../../dispatch/pager';
import { dispatchDepsOf } from '../../dispatch/types';
import { setDelivery } from '../../conversations/repo';
import { findProgramByNumber } from '../../program/repo';
import { SMS_PATH } from './number-paths';
import { one, verifiedParams } from './verify';

export { SMS_PATH };
const FINAL = new Set(['delivered', 'undelivered', 'failed', 'received', 'read', 'canceled']);

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** Replies as TwiML `<Message>`s, each asking for its status so the provider's copy can be deleted. */
export function renderMessages(texts: readonly string[], statusCallback: string): string {
  const Message = texts.map((text) => ({ '@_statusCallback': statusCallback, '#text': text }));
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ Response: texts.length > 0 ? { Message } : '' }) as string}`;
}

/**
 * Twilio-compatible messaging webhooks. Texts from a responder's own number are commands ("K7 …");
 * anything else is a person reaching the line. Signatures are checked as for voice; a failure
 * answers 500 so the provider retries with the same MessageSid, which finds what was stored.
 */
export function twilioSmsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const flood = new FloodGate();
  const statusCallback = `${ctx.config.publicUrl}${SMS_STATUS_PATH}`;

  app.post(SMS_PATH, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
    const params = verifiedParams(ctx, request, reply);
    if (!params) return reply;
    const deps = textDepsOf(ctx);
    const messageRef = one(params, 'MessageSid') ?? '';
    const from = one(params, 'From') ?? '';
    const to = one(params, 'To') ?? '';
    if (messageRef === '' || from === '' || to === '')
      return reply.status(400).type('text/plain').send('A text webhook needs MessageSid, From and To');
    const body = one(params, 'Body') ?? '';
    const mediaCount = Math.max(0, Number.parseInt(one(params, 'NumMedia') ?? '0', 10) || 0);
    const program = await findProgramByNumber(deps.db, to);
    const responder = program
      ? await deps.db
          .selectFrom('responders')
          .select('id')
          .where('program_id', '=', program.id)
          .where('phone_index', '=', ctx.keys.index('phone', from))
          .where('status', '=', 'active')
          .executeTakeFirst()
      : undefined;
    const texts = await handleProviderCopy(deps, messageRef, () =>
      program && responder
        ? responderTexted(deps, program, { messageRef, responderId: responder.id, body }, [
            pagerHandler(dispatchDepsOf(ctx)),
          ])
        : personTexted(deps, flood, { messageRef, from, to, body, mediaCount }),
    );
    return reply.type('text/xml').send(renderMessages(texts, statusCallback));
  });

  app.post(SMS_STATUS_PATH, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
    const params = verifiedParams(ctx, request, reply);
    if (!params) return reply;
    const deps = textDepsOf(ctx);
    const messageRef = one(params, 'MessageSid') ?? '';
    const status = one(params, 'MessageStatus') ?? one(params, 'SmsStatus') ?? '';
    if (messageRef !== '' && status !== '') {
      await setDelivery(deps.db, messageRef, status);
      if (!FINAL.has(status)) {
        // For a TwiML <Message> reply this is the first Kith hears of its id. Owed now, due after a bound,
        // so a text whose carrier never reports past `sent` is deleted all the same (API sends are owed already).
        await oweDeletion(deps.db, messageRef, deps.clock.now() + OUTBOUND_GRACE_MS);
      } else {
        await eraseAtProvider(deps, messageRef);
        const row = await deps.db
          .selectFrom('conversation_messages as m')
          .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
          .select('c.program_id')
          .where('m.provider_ref', '=', messageRef)
          .executeTakeFirst();
        if (row) deps.live.publish(row.program_id, 'conversations');
      }
    }
    return reply.status(204).send();
  });
}

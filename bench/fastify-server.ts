import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import { isValidSignature, type FormParams } from '../src/telephony/twilio/signature';
import { READY_PREFIX } from './ready';
import { AUTH_TOKEN, INCOMING_PATH, PUBLIC_URL } from './shared';

/**
 * The framework's floor: Fastify with `@fastify/formbody`, checking each request's Twilio signature
 * with Kith's own code (src/telephony/twilio/signature.ts) and answering the fixed TwiML (BENCH_TWIML,
 * the bytes Kith answered the check request with). No logger, no hooks, no database: what any
 * signed-webhook handler on this stack must pay, so Kith's cost above it is its own.
 */
const twiml = process.env.BENCH_TWIML ?? '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>';
const url = `${PUBLIC_URL}${INCOMING_PATH}`;

const app = Fastify({ logger: false, keepAliveTimeout: 72_000 });
await app.register(formbody);
app.post(INCOMING_PATH, async (request, reply) => {
  const signature = request.headers['x-twilio-signature'];
  const params = request.body as FormParams;
  if (!isValidSignature(AUTH_TOKEN, url, params, typeof signature === 'string' ? signature : undefined))
    return reply.code(403).send();
  return reply.type('text/xml; charset=utf-8').send(twiml);
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${READY_PREFIX}${address}\n`);
process.stdin.on('end', () => void app.close().then(() => process.exit(0)));
process.stdin.resume();

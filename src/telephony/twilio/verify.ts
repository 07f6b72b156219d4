import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { isValidSignature, type FormParams } from './signature';

export type Params = Record<string, string | string[] | undefined>;

export const one = (params: Params, name: string): string | undefined => {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * A webhook's parameters, only if its signature verifies over our configured public URL — never the
 * Host header. Otherwise the reply is sent (503 without a provider, 403 for a bad signature) and
 * nothing is read or written.
 */
export function verifiedParams(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Params | undefined {
  const key = ctx.config.provider?.signingKey;
  if (!ctx.provider || !key) {
    void reply.status(503).type('text/plain').send('No phone provider is configured');
    return undefined;
  }
  const params = (request.body ?? {}) as Params;
  const signature = request.headers['x-twilio-signature'] ?? request.headers['x-signalwire-signature'];
  const url = `${ctx.config.publicUrl}${request.url}`;
  if (!isValidSignature(key, url, params as FormParams, typeof signature === 'string' ? signature : undefined)) {
    request.log.warn({ route: request.routeOptions.url }, 'refused a webhook whose signature did not verify');
    void reply.status(403).type('text/plain').send('Forbidden: the webhook signature did not verify');
    return undefined;
  }
  return params;
}

import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { DomainError } from '../../platform/errors';
import { isValidSignature, type FormParams } from './signature';

export type Params = Record<string, string | string[] | undefined>;

export const one = (params: Params, name: string): string | undefined => {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * A webhook's parameters, only if its signature verifies over our configured public URL — never the
 * Host header. Otherwise it throws (no provider configured, or a bad signature), so nothing is read
 * or written.
 */
export function verifiedParams(ctx: AppContext, request: FastifyRequest): Params {
  const key = ctx.config.provider?.signingKey;
  if (!ctx.provider || !key) throw new DomainError('no_provider', 'No phone provider is configured');
  const params = (request.body ?? {}) as Params;
  const signature = request.headers['x-twilio-signature'] ?? request.headers['x-signalwire-signature'];
  const url = `${ctx.config.publicUrl}${request.url}`;
  if (!isValidSignature(key, url, params as FormParams, typeof signature === 'string' ? signature : undefined)) {
    request.log.warn({ route: request.routeOptions.url }, 'refused a webhook whose signature did not verify');
    throw new DomainError('bad_signature', 'Forbidden: the webhook signature did not verify');
  }
  return params;
}

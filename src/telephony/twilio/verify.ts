import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { nulsIn } from '../../http/nul';
import { DomainError, invalid } from '../../platform/errors';
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
/**
 * Providers sign forms only. Any other body on a webhook route is refused before it is even parsed
 * (415): a JSON body, broken or not, never reaches a handler, an error path or a stack in the log.
 */
export function onlySignableBodies(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.access !== 'provider') return;
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (type === undefined || type === FORM) return;
    request.log.warn({ route: request.routeOptions.url }, 'refused a webhook whose body is not a form');
    throw new DomainError('unsupported_body', 'Webhooks are signed forms (application/x-www-form-urlencoded)');
  });
}

const FORM = 'application/x-www-form-urlencoded';

function formParams(request: FastifyRequest): FormParams | undefined {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  const body: unknown = request.body ?? {};
  if (request.body !== undefined && type !== FORM) return undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const text = (v: unknown) => typeof v === 'string';
  const ok = Object.values(body).every((v) => text(v) || (Array.isArray(v) && v.every(text)));
  return ok ? (body as FormParams) : undefined;
}

export function verifiedParams(ctx: AppContext, request: FastifyRequest): Params {
  const key = ctx.config.provider?.signingKey;
  if (!ctx.provider || !key) throw new DomainError('no_provider', 'No phone provider is configured');
  const params = formParams(request);
  if (params === undefined) {
    // JSON, or any body that is not a form: providers sign forms only, so it cannot be verified.
    request.log.warn({ route: request.routeOptions.url }, 'refused a webhook whose body is not a signed form');
    throw new DomainError('bad_signature', 'Forbidden: the webhook signature did not verify');
  }
  const signature = request.headers['x-twilio-signature'] ?? request.headers['x-signalwire-signature'];
  const url = `${ctx.config.publicUrl}${request.url}`;
  if (!isValidSignature(key, url, params, typeof signature === 'string' ? signature : undefined)) {
    request.log.warn({ route: request.routeOptions.url }, 'refused a webhook whose signature did not verify');
    throw new DomainError('bad_signature', 'Forbidden: the webhook signature did not verify');
  }
  // No provider sends a NUL, and PostgreSQL refuses one in text (a lookup would fail with a 500):
  // a signed request carrying one, in its form or its query, is refused, naming where, never the value.
  const withNul = [...nulsIn(params, ''), ...nulsIn(request.query, '/query')];
  if (withNul.length > 0)
    throw invalid(withNul.slice(0, 5).map((field) => ({ field, message: 'must not contain a NUL character' })));
  return params as Params;
}

import type { FastifyInstance } from 'fastify';
import { DomainError, invalid } from '../platform/errors';

/**
 * No id, name or text Kith makes or keeps contains a NUL character, and PostgreSQL refuses one in
 * text outright: a lookup carrying one fails with a 500 instead of finding nothing. So, once for
 * every route, before validation: a NUL in a path parameter names nothing (404), and one in the
 * query is refused (422, naming where, never echoing the value). A NUL in a body is left to each
 * route's own validation, which names every bad field at once; should it pass that and reach the
 * database, the error mapper (errors.ts) answers 422 rather than 500. The abuse suite (test/abuse/)
 * found each of these on PostgreSQL; SQLite would have stored or missed them quietly.
 *
 * Provider webhooks are left to their own check (src/telephony/twilio/verify.ts), which runs the
 * same test only after the signature, so a forged request is still answered 403 whatever it holds.
 */
export function refuseNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (nulsIn(request.params, '').length > 0) throw new DomainError('not_found', 'Not found');
    if (request.routeOptions.config.access === 'provider') return;
    const found = nulsIn(request.query, '/query');
    if (found.length > 0) throw invalid(found.map((field) => ({ field, message: 'must not contain a NUL character' })));
  });
}

/**
 * JSON pointers to the first few strings (keys included) holding a NUL; [] for none. Walked with a
 * stack of its own, not recursion: a body may be nested thousands deep (JSON.parse allows it).
 */
export function nulsIn(value: unknown, at: string): string[] {
  const found: string[] = [];
  const todo: [unknown, string][] = [[value, at]];
  while (todo.length > 0 && found.length < 5) {
    const [next, pointer] = todo.pop() ?? [undefined, ''];
    if (typeof next === 'string') {
      if (next.includes('\u0000')) found.push(pointer === '' ? '/' : pointer);
      continue;
    }
    if (typeof next !== 'object' || next === null) continue;
    for (const [key, inner] of Object.entries(next)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key.includes('\u0000')) found.push(child);
      else todo.push([inner, child]);
    }
  }
  return found.slice(0, 5);
}

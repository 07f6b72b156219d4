import type { FastifyInstance } from 'fastify';
import { DomainError } from '../platform/errors';

/**
 * A path parameter holding a NUL character names nothing Kith has: no id or name Kith makes
 * contains one. Answered 404 here, once for every route, because PostgreSQL refuses NUL in text
 * outright, and the lookup would otherwise fail with a 500 instead of finding nothing (the abuse
 * suite, test/abuse/, found `DELETE /api/shifts/rules/%00`). SQLite would simply find no row.
 */
export function refuseNulInPathParams(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const params = request.params;
    if (typeof params !== 'object' || params === null) return;
    for (const value of Object.values(params))
      if (typeof value === 'string' && value.includes('\u0000')) throw new DomainError('not_found', 'Not found');
  });
}

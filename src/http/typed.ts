import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';

/**
 * Routes declared through `typed(app)` get `request.body`, `params` and `query` typed from their
 * TypeBox schemas, and replies checked against the response schemas — so a route never repeats its
 * contract as a hand-written generic that could drift from the schema.
 */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<TypeBoxTypeProvider>();
}

export type TypedApp = ReturnType<typeof typed>;

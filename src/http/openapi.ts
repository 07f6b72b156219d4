import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/** The API describes itself at /api/openapi.json, generated from the same schemas that validate requests. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kith API',
        version: '0.1.0',
        description:
          'Configure a Kith community line: the program, its responders and who is on call. ' +
          'Authenticate with `Authorization: Bearer <token>`; the first token comes from `POST /api/setup`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    hideUntagged: true,
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

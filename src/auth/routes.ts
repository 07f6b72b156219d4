import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from './route-access';
import { ErrorResponse, IdParams, Nullable, Strict } from '../http/schema-helpers';
import { IssuedInvite } from './sign-in/schema';
import { listApiTokens } from './repo/tokens';
import { ROLES } from './principal';
import { completeSetup, issueApiToken, revokeToken } from './service';
import { passkeyRoutes } from './passkeys/routes';
import { signInRoutes } from './sign-in/routes';

const SetupBody = Strict({
  token: Type.String({ description: 'The one-time setup token Kith printed on first start' }),
  programName: Type.String({ minLength: 1, maxLength: 120 }),
  coordinator: Strict({
    name: Type.String({ minLength: 1, maxLength: 120 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    languages: Type.Optional(Type.Array(Type.String())),
    roles: Type.Optional(Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r))))),
  }),
  apiToken: Type.Optional(
    Type.Boolean({
      description: 'Also issue an API token for the command line (default true; the web page sends false)',
    }),
  ),
});
const TokenBody = Strict({ responderId: Type.String(), label: Type.String({ minLength: 1, maxLength: 80 }) });
const IssuedToken = Strict({
  tokenId: Type.String(),
  token: Type.String({ description: 'Shown once; store it safely' }),
});

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const publicUrl = ctx.config.publicUrl;
  const tags = ['access'];

  app.post<{ Body: Static<typeof SetupBody> }>('/api/setup', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Create the program and its first coordinator with the one-time setup token',
      description:
        'Answers with the coordinator’s invite to the console (open it to make their sign-in: a passkey or a passphrase) and, unless apiToken is false, an API token for the command line.',
      body: SetupBody,
      response: {
        201: Strict({
          programId: Type.String(),
          responderId: Type.String(),
          invite: IssuedInvite,
          tokenId: Type.Optional(IssuedToken.properties.tokenId),
          token: Type.Optional(IssuedToken.properties.token),
        }),
        401: ErrorResponse,
        422: ErrorResponse,
      },
    },
    handler: async (request, reply) => {
      const { token, programName, coordinator, apiToken } = request.body;
      const result = await completeSetup(
        { ...deps, publicUrl },
        {
          token,
          programName,
          coordinator: {
            name: coordinator.name,
            phone: coordinator.phone ?? null,
            languages: coordinator.languages ?? ['en'],
            roles: coordinator.roles ?? ['coordinator'],
          },
          apiToken: apiToken ?? true,
        },
      );
      return reply.status(201).send(result);
    },
  });

  app.get('/api/tokens', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'API tokens in this program (never the secrets)',
      response: {
        200: Type.Array(
          Strict({
            id: Type.String(),
            label: Type.String(),
            responderId: Type.String(),
            createdAt: Type.Integer(),
            revokedAt: Nullable(Type.Integer()),
          }),
        ),
      },
    },
    handler: async (request) => listApiTokens(ctx.db.kysely, principalOf(request).programId),
  });

  app.post<{ Body: Static<typeof TokenBody> }>('/api/tokens', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Issue an API token for a responder',
      body: TokenBody,
      response: { 201: IssuedToken, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const issued = await issueApiToken(
        deps,
        principalOf(request).programId,
        request.body.responderId,
        request.body.label,
      );
      return reply.status(201).send(issued);
    },
  });

  app.delete<{ Params: { id: string } }>('/api/tokens/:id', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Revoke a token (a lost device, a departed member)',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await revokeToken(deps, principalOf(request).programId, request.params.id);
      return reply.status(204).send();
    },
  });

  signInRoutes(app, ctx);
  passkeyRoutes(app, ctx);
}

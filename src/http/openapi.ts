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
      // Tags the routes use, described once so the document reads as a table of contents.
      tags: [
        { name: 'access', description: 'First-run setup and API tokens' },
        { name: 'sign-in', description: 'Invites, passphrase sign-in and sessions (docs/SIGN-IN.md)' },
        { name: 'program', description: 'The program’s settings, hours, messages and emergency plan' },
        { name: 'responders', description: 'The roster' },
        { name: 'shifts', description: 'Who is on call, when' },
        { name: 'load', description: 'Hours on call and work carried per person in a month: counts only' },
        { name: 'calls', description: 'Call records and live calls, with nothing about who called' },
        { name: 'console', description: 'The responder’s own view: home, breaks' },
        {
          name: 'notes',
          description: 'End-to-end sealed notes and sharing; the server cannot open them (docs/CRYPTO.md)',
        },
        {
          name: 'access records',
          description: 'Who on the team opened a note or a conversation, and when; never anything about callers',
        },
        {
          name: 'conversations',
          description:
            'Texting (SMS and web chat): conversations by alias, claim, reply, hand-off, close, block; words sealed to responders (docs/TEXTING.md)',
        },
        {
          name: 'dispatch',
          description:
            'Field dispatch: asking for a team (consent first), forming it, statuses and check-ins while out, backup, close and care; never a pathway to police (docs/DISPATCH.md)',
        },
        {
          name: 'provider',
          description:
            'The program’s number at the phone provider: check it, and connect it to Kith through the provider’s API',
        },
        { name: 'live', description: 'Live updates to consoles' },
      ],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    hideUntagged: true,
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

import { Type } from '@sinclair/typebox';
import { IssuedToken } from '../auth/schema';
import { IssuedInvite } from '../auth/sign-in/schema';
import { Nullable, Strict } from '../http/schema-helpers';
import { ROLES } from '../responders/types';

export const SetupBody = Strict({
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

export const SetupResult = Strict({
  programId: Type.String(),
  responderId: Type.String(),
  invite: IssuedInvite,
  tokenId: Type.Optional(IssuedToken.properties.tokenId),
  token: Type.Optional(IssuedToken.properties.token),
});

import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../../http/schema-helpers';
import { ROLES } from '../principal';

/** Shapes at the edge of sign-in. Sizes and ranges are checked in `protocol.ts`, naming each field. */
const Base64url = (what: string) => Type.String({ maxLength: 200, description: `${what}, unpadded base64url` });

export const ArgonSchema = Strict(
  {
    opslimit: Type.Integer({ description: 'Argon2id passes (libsodium opslimit)' }),
    memlimit: Type.Integer({ description: 'Argon2id memory in bytes (libsodium memlimit)' }),
  },
  'Argon2id parameters, stored per account so they can be raised later',
);

export const WrappedKeySchema = Type.Object(
  { v: Type.Integer({ minimum: 1 }), alg: Type.String({ minLength: 1, maxLength: 64 }) },
  {
    additionalProperties: true,
    description: 'The private key wrapped in the browser: opaque to the server, at most 4 KiB as JSON',
  },
);

const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const InspectBody = Strict({
  invite: Type.String({ maxLength: 200, description: 'The token after #invite= in the link' }),
});
export type InspectBody = Static<typeof InspectBody>;

export const InviteSummary = Strict({ programName: Type.String(), responderName: Type.String() });

export const IssuedInvite = Strict({
  inviteUrl: Type.String({ description: 'Send it privately; it works once, for 72 hours' }),
  expiresAt: Type.Integer(),
  onlyOnThisMachine: Type.Boolean({
    description: 'True while KITH_PUBLIC_URL is a loopback address: the link opens only on the machine Kith runs on',
  }),
  notice: Type.Optional(
    Type.String({ description: 'When onlyOnThisMachine: what that means and how to set the public address' }),
  ),
});

export const AcceptBody = Strict({
  invite: Type.String({ maxLength: 200 }),
  signInName: Type.String({
    maxLength: 200,
    description: '3–40 letters, digits, dots, dashes or underscores; not case-sensitive',
  }),
  publicKey: Base64url('X25519 public key, 32 bytes'),
  wrappedKey: WrappedKeySchema,
  authSalt: Base64url('Argon2id salt, 16 random bytes'),
  argon: ArgonSchema,
  authKey: Base64url('The first 32 bytes of the Argon2id output'),
});
export type AcceptBody = Static<typeof AcceptBody>;

export const StartBody = Strict({ signInName: Type.String({ maxLength: 200 }) });
export type StartBody = Static<typeof StartBody>;

export const SignInParams = Strict({ authSalt: Base64url('Argon2id salt'), argon: ArgonSchema });

export const SignInBody = Strict({
  signInName: Type.String({ maxLength: 200 }),
  authKey: Type.String({ maxLength: 200 }),
});
export type SignInBody = Static<typeof SignInBody>;

export const AccountSchema = Strict(
  {
    responderId: Type.String(),
    programId: Type.String(),
    roles: Type.Array(RoleSchema),
    publicKey: Type.String(),
    wrappedKey: WrappedKeySchema,
  },
  'Signed in: the wrapped private key comes back exactly as stored, to be unwrapped in the browser',
);

export const WhoAmI = Strict({
  responderId: Type.String(),
  programId: Type.String(),
  name: Type.String(),
  roles: Type.Array(RoleSchema),
  publicKey: Nullable(Type.String({ description: 'Null until the responder has set up sign-in' })),
  session: Nullable(
    Strict({
      expiresAt: Type.Integer({ description: 'The session ends at this time whatever happens' }),
      idleUntil: Type.Integer({ description: 'It ends at this time if no request comes before' }),
      keptWhileOut: Type.Boolean({
        description: 'Marked as my own phone: it does not idle out while I am out on a field response',
      }),
    }),
  ),
});

export const KeepWhileOutBody = Strict({ keep: Type.Boolean({ description: 'true on my own phone only' }) });

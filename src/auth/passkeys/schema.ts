import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../../http/schema-helpers';
import { WrappedKeySchema } from '../sign-in/schema';

/**
 * WebAuthn's JSON forms (WebAuthn Level 3, as a browser's `PublicKeyCredential.toJSON()` makes
 * them). Binary members are base64url. Members beyond these are allowed, because browsers add
 * new ones, and ignored: @simplewebauthn/server reads only what it checks.
 */
const B64 = (maxLength: number, description: string) =>
  Type.String({ maxLength, pattern: '^[A-Za-z0-9_-]*$', description: `${description}, base64url` });
const CredentialId = B64(1364, 'Credential id');
const Attachment = Type.Optional(Type.Union([Type.Literal('platform'), Type.Literal('cross-platform')]));
const Extensions = Type.Object(
  {},
  {
    additionalProperties: true,
    description: 'getClientExtensionResults(): for registration, `prf.enabled` must be true',
  },
);

export const AttestationSchema = Type.Object(
  {
    id: CredentialId,
    rawId: CredentialId,
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: B64(4096, 'clientDataJSON'),
        attestationObject: B64(16384, 'Attestation object (CBOR)'),
        transports: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 8 })),
      },
      { additionalProperties: true },
    ),
    clientExtensionResults: Extensions,
    authenticatorAttachment: Attachment,
  },
  { additionalProperties: true, description: 'The new credential, from navigator.credentials.create()' },
);

export const AssertionSchema = Type.Object(
  {
    id: CredentialId,
    rawId: CredentialId,
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: B64(4096, 'clientDataJSON'),
        authenticatorData: B64(4096, 'Authenticator data'),
        signature: B64(1024, 'Signature'),
        userHandle: Type.Optional(B64(128, 'User handle')),
      },
      { additionalProperties: true },
    ),
    clientExtensionResults: Extensions,
    authenticatorAttachment: Attachment,
  },
  { additionalProperties: true, description: 'The answer from navigator.credentials.get()' },
);

export const RegisterBody = Strict({
  attestation: AttestationSchema,
  wrappedKey: Type.Object(WrappedKeySchema.properties, {
    additionalProperties: true,
    description: 'The private key wrapped with wrapWithKey(secretKey, PRF output, label = credential id)',
  }),
});
export type RegisterBody = Static<typeof RegisterBody>;

export const PasskeySignInBody = Strict({ assertion: AssertionSchema });
export type PasskeySignInBody = Static<typeof PasskeySignInBody>;

export const PasskeySummarySchema = Strict({
  id: Type.String({ description: 'The credential id' }),
  createdAt: Type.Integer(),
  lastUsedAt: Nullable(Type.Integer()),
});

/** Passed to navigator.credentials.create()/get() after decoding base64url members; kept as the library made it. */
export const CeremonyOptions = Type.Object(
  {
    challenge: Type.String(),
    extensions: Type.Object({
      prf: Type.Object({ eval: Type.Object({ first: Type.String({ description: 'PRF input, base64url' }) }) }),
    }),
  },
  { additionalProperties: true, description: 'WebAuthn options in their JSON form (binary members base64url)' },
);

export const PasskeyIdParams = Strict({ id: CredentialId });
export type PasskeyIdParams = Static<typeof PasskeyIdParams>;

export const JoinOptionsBody = Strict({
  invite: Type.String({ maxLength: 200, description: 'The token after #invite= in the link' }),
});
export type JoinOptionsBody = Static<typeof JoinOptionsBody>;

export const AcceptPasskeyBody = Strict({
  invite: Type.String({ maxLength: 200 }),
  attestation: AttestationSchema,
  publicKey: Type.String({ maxLength: 200, description: 'X25519 public key, 32 bytes, unpadded base64url' }),
  wrappedKey: Type.Object(WrappedKeySchema.properties, {
    additionalProperties: true,
    description: 'The new private key wrapped with wrapWithKey(secretKey, PRF output, label = credential id)',
  }),
  signInName: Type.Optional(
    Type.String({ maxLength: 200, description: 'Optional: only needed to add a device with a one-time code later' }),
  ),
});
export type AcceptPasskeyBody = Static<typeof AcceptPasskeyBody>;

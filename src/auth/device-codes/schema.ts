import { Type, type Static } from '@sinclair/typebox';
import { Strict } from '../../http/schema-helpers';
import { WrappedKeySchema } from '../sign-in/schema';

const Base64url = (what: string) => Type.String({ maxLength: 200, description: `${what}, unpadded base64url` });

export const NewDeviceCodeBody = Strict({
  authSalt: Base64url('Argon2id salt, 16 random bytes chosen by the browser'),
  authKey: Base64url('The first 32 bytes of Argon2id(code), interactive limits'),
  wrappedKey: Type.Object(WrappedKeySchema.properties, {
    additionalProperties: true,
    description: 'The private key wrapped with wrapWithKey(secretKey, the last 32 bytes, "device-code")',
  }),
});
export type NewDeviceCodeBody = Static<typeof NewDeviceCodeBody>;

export const PendingDeviceCode = Strict({
  expiresAt: Type.Integer({ description: 'The code stops working at this time' }),
});

export const RedeemBody = Strict({
  signInName: Type.String({ maxLength: 200 }),
  authKey: Type.String({ maxLength: 200 }),
});
export type RedeemBody = Static<typeof RedeemBody>;

import { Type } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';

export const TokenBody = Strict({ responderId: Type.String(), label: Type.String({ minLength: 1, maxLength: 80 }) });

export const IssuedToken = Strict({
  tokenId: Type.String(),
  token: Type.String({ description: 'Shown once; store it safely' }),
});

export const ApiTokenSchema = Strict({
  id: Type.String(),
  label: Type.String(),
  responderId: Type.String(),
  createdAt: Type.Integer(),
  revokedAt: Nullable(Type.Integer()),
});

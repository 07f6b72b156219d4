import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';

export const AccessParams = Strict({
  kind: Type.Union([Type.Literal('note'), Type.Literal('conversation')]),
  id: Type.String({ maxLength: 64 }),
});
export type AccessParamsType = Static<typeof AccessParams>;

export const AccessEntrySchema = Strict(
  {
    responderId: Type.String(),
    name: Nullable(Type.String({ description: 'Null once they have left the roster' })),
    openedAt: Type.Integer({
      description: 'Epoch ms; repeated opens by the same person within ten minutes are one entry',
    }),
  },
  'One opening of the record by a teammate: who and when, nothing else',
);

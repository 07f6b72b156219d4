import { Type, type TProperties, type TSchema } from '@sinclair/typebox';

/** Objects at the API edge refuse fields they do not know, so a typo is an error, not a silent no-op. */
export const Strict = <T extends TProperties>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
      more: Type.Optional(
        Type.Integer({
          description: 'How many further problems were found but not listed (fields lists the first 20)',
        }),
      ),
      conflictsWith: Type.Optional(
        Type.String({ description: 'On a 409: the id of what this collides with (e.g. the overlapping shift)' }),
      ),
      facts: Type.Optional(
        Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
          description: 'On a 409 rest_limit: rule, responder, hours, limit and at, for a client to word itself',
        }),
      ),
    }),
  },
  { $id: 'Error', description: 'What went wrong; `fields` names each bad field by JSON pointer.' },
);

export const IdParams = Strict({ id: Type.String() });

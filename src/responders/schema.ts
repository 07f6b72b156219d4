import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from './types';
import { Nullable, Strict } from '../http/schema-helpers';
import { RESPONDER_STATUSES } from './types';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  phone: Nullable(Type.String({ maxLength: 40, description: 'Any common format; stored in E.164, encrypted at rest' })),
  languages: Type.Array(Type.String(), { description: 'Languages the responder speaks', examples: [['en', 'es']] }),
  roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r)))),
  skills: Type.Array(Type.String({ maxLength: 40 }), {
    maxItems: 30,
    description: 'What they can bring to a field response: ids from the program’s dispatch needs',
    examples: [['de-escalation', 'naloxone']],
  }),
  status: Type.Union(
    RESPONDER_STATUSES.map((s) => Type.Literal(s)),
    { description: 'A paused responder is never rung' },
  ),
};

export const NewResponderSchema = Strict({
  ...fields,
  status: Type.Optional(fields.status),
  languages: Type.Optional(fields.languages),
  skills: Type.Optional(fields.skills),
});
export type NewResponderBody = Static<typeof NewResponderSchema>;

export const ResponderPatchSchema = Type.Partial(Strict(fields));
export type ResponderPatchBody = Static<typeof ResponderPatchSchema>;

export const ResponderSchema = Strict(
  {
    id: Type.String(),
    ...fields,
    phone: Type.Optional(Nullable(Type.String({ description: 'Shown to coordinators only' }))),
    onBreakSince: Type.Optional(
      Nullable(
        Type.Integer({
          description:
            'Epoch ms the responder went on break, or null; shown to coordinators only. Nobody on break is rung.',
        }),
      ),
    ),
    signIn: Type.Optional(
      Type.Union([Type.Literal('none'), Type.Literal('invited'), Type.Literal('set_up')], {
        description:
          'Coordinators only, on the roster: set_up (can sign in), invited (an unused invite waits), or none',
      }),
    ),
    createdAt: Type.Integer(),
    updatedAt: Type.Integer(),
  },
  'A member of the team',
);

/** What the console reads (src/web/client imports these types, never a copy). */
export type ResponderView = Static<typeof ResponderSchema>;

import { Type } from '@sinclair/typebox';
import { Nullable, Strict } from '../../http/schema-helpers';

const Plan = Strict({
  text: Type.String(),
  updatedAt: Nullable(Type.Integer()),
  version: Type.Integer({ description: '0: no plan yet, nothing to read' }),
  versionAt: Nullable(Type.Integer()),
  everyShifts: Type.Integer(),
});

export const MyBriefingSchema = Strict(
  {
    plan: Plan,
    due: Type.Boolean({ description: 'I must read it before I am rung (now if on call, else at my next shift)' }),
    onCall: Type.Boolean(),
    briefedVersion: Type.Integer({ description: 'The version I last acknowledged; 0: none' }),
  },
  'My shift-start briefing: the emergency plan and whether I must read it first',
);

export const AcknowledgeInput = Strict({
  version: Type.Integer({ minimum: 1, description: 'The version I was shown and read' }),
});

export const TeamBriefingsSchema = Strict(
  {
    version: Type.Integer(),
    versionAt: Nullable(Type.Integer()),
    everyShifts: Type.Integer(),
    people: Type.Array(
      Strict({
        id: Type.String(),
        name: Type.String(),
        version: Type.Integer({ description: 'The version they last acknowledged; 0: none' }),
        at: Nullable(Type.Integer({ description: 'When (epoch ms)' })),
      }),
    ),
  },
  'Who has acknowledged which version of the emergency plan: names, versions and times only',
);

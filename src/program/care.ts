import { Type } from '@sinclair/typebox';
import type { FieldProblem } from '../platform/errors';
import { CARE_DEFAULTS, CARE_RANGES, type CareSettings } from './limits';

// The defaults and ranges live with the program's other limits, where the console reads them too.
export { CARE_DEFAULTS, type CareSettings } from './limits';

const hours = (description: string) => Type.Optional(Type.Union([Type.Integer({ description }), Type.Null()]));
const minutes = (description: string) => Type.Optional(Type.Integer({ description }));

export const CarePatchSchema = Type.Object(
  {
    weekHours: hours('At most this many hours on call in any 7 days (8–168); null: no limit'),
    restHours: hours('At least this many hours off between stretches on call (1–24); null: no limit'),
    stretchHours: hours('At most this many hours on call in one stretch (1–48); null: no limit'),
    coolDown: Type.Optional(
      Type.Boolean({ description: 'Offer a few minutes off the line after a hard or long call' }),
    ),
    coolDownMinutes: minutes('Minutes a cool-down lasts (1–60)'),
    longCallMinutes: minutes('A call longer than this many minutes offers a cool-down (5–240)'),
    briefEveryShifts: Type.Optional(
      Type.Integer({
        description: 'Ask for the emergency plan to be read again every N shifts (0–52); 0: only when it changes',
      }),
    ),
    swapsNeedApproval: Type.Optional(
      Type.Boolean({ description: 'A teammate taking an offered shift waits for a coordinator to approve' }),
    ),
    awayNeedsApproval: Type.Optional(
      Type.Boolean({ description: 'Time away a responder asks for waits for a coordinator to approve (default on)' }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Rest rules, cool-downs, and whether swaps and time away need approval; absent fields keep their value',
  },
);

export function careFromJson(json: string): CareSettings {
  return { ...CARE_DEFAULTS, ...(JSON.parse(json) as Partial<CareSettings>) };
}

export function validateCare(c: CareSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, [min, max]] of Object.entries(CARE_RANGES) as [
    keyof typeof CARE_RANGES,
    readonly [number, number],
  ][]) {
    const value = c[field];
    if (value === null && (field === 'weekHours' || field === 'restHours' || field === 'stretchHours')) continue;
    if (value === null || !Number.isInteger(value) || value < min || value > max)
      problems.push({ field: `/care/${field}`, message: `must be a whole number from ${min} to ${max}` });
  }
  if (c.stretchHours !== null && c.weekHours !== null && c.stretchHours > c.weekHours)
    problems.push({ field: '/care/stretchHours', message: 'must be at most the hours in 7 days' });
  return problems;
}

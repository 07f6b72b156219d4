/**
 * The settings form's rest rules and cool-down, as typed (issue 17). A rest rule left empty is off
 * (null), as a new program starts; the bounds are the server's (src/program/limits.ts), checked
 * here first so a mistake is named at its field before anything is sent.
 */
import type { Problem } from '../../components';
import type { CareTimeText } from '../../../../i18n/console/care-time-types';
import { CARE_DEFAULTS, CARE_RANGES, REST_RULES, type CareNumber, type CareSettings } from '@server/program/limits';

/** How often the plan is read again is set beside the plan (settings-plan.tsx), not in this form. */
type DraftNumber = Exclude<CareNumber, 'briefEveryShifts'>;
export type CareDraft = { [K in DraftNumber]: string } & {
  coolDown: boolean;
  swapsNeedApproval: boolean;
  awayNeedsApproval: boolean;
};
export const CARE_NUMBERS = (Object.keys(CARE_RANGES) as CareNumber[]).filter(
  (field): field is DraftNumber => field !== 'briefEveryShifts',
);

export function careDraftOf(care: CareSettings = CARE_DEFAULTS): CareDraft {
  const typed = (n: number | null) => (n === null ? '' : String(n));
  return {
    weekHours: typed(care.weekHours),
    restHours: typed(care.restHours),
    stretchHours: typed(care.stretchHours),
    coolDown: care.coolDown,
    coolDownMinutes: String(care.coolDownMinutes),
    longCallMinutes: String(care.longCallMinutes),
    swapsNeedApproval: care.swapsNeedApproval,
    awayNeedsApproval: care.awayNeedsApproval,
  };
}

const isRule = (field: CareNumber): boolean => (REST_RULES as readonly string[]).includes(field);

/** The message for a field's mistake: the rest rules have theirs under `rules`. */
export function careError(field: DraftNumber, t: CareTimeText['settings']): string {
  return field === 'coolDownMinutes' || field === 'longCallMinutes' ? t[field].error : t.rules[field].error;
}

export function checkCare(d: CareDraft, t: CareTimeText['settings']): Problem[] {
  const found: Problem[] = [];
  for (const field of CARE_NUMBERS) {
    const typed = d[field].trim();
    if (typed === '' && isRule(field)) continue;
    const [min, max] = CARE_RANGES[field];
    const value = Number(typed);
    if (!/^\d+$/.test(typed) || value < min || value > max)
      found.push({ field: careFieldId(field), message: careError(field, t) });
  }
  return found;
}

export function carePatchOf(d: CareDraft): Omit<CareSettings, 'briefEveryShifts'> {
  const rule = (typed: string) => (typed.trim() === '' ? null : Number(typed.trim()));
  return {
    weekHours: rule(d.weekHours),
    restHours: rule(d.restHours),
    stretchHours: rule(d.stretchHours),
    coolDown: d.coolDown,
    coolDownMinutes: Number(d.coolDownMinutes.trim()),
    longCallMinutes: Number(d.longCallMinutes.trim()),
    swapsNeedApproval: d.swapsNeedApproval,
    awayNeedsApproval: d.awayNeedsApproval,
  };
}

/** `stretchHours` → `care-stretch-hours`. */
export function careFieldId(field: CareNumber | 'coolDown' | 'swapsNeedApproval' | 'awayNeedsApproval'): string {
  return `care-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

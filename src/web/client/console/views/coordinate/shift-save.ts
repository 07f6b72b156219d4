/**
 * Saving a shift from the form: a weekly shift is added or moved in place; a one-off (or time
 * away) cannot be edited by the API, so moving one deletes it and adds the new one, putting the
 * old one back if the new one is refused (an overlap, say), so a refusal never loses a shift.
 */
import { fill } from '../../../../../i18n/catalog';
import type { WeekText, CommonText } from '../../../../i18n/console/coordinate-types';
import { api, ApiError } from '../../api';
import type { Override, Role, Rule, Shifts, Tier, Weekday } from './types';
import { addDays, clockOf, dayName, wallOf } from './week-time';
import type { RestOverrideReason } from '@server/program/limits';

export type Kind = 'weekly' | 'once' | 'away';

export interface Draft {
  kind: Kind;
  responderId: string;
  role: Role;
  tier: Tier;
  day: Weekday;
  date: string;
  /** HH:MM, already checked. */
  start: string;
  end: string;
  /** Time away: first and last local dates. */
  from: string;
  to: string;
}

export type Editing = { source: 'rule'; rule: Rule } | { source: 'override'; override: Override };

/** The one-off's local date-times: an end at or before the start runs into the next day. */
function onceSpan(d: Draft): { start: string; end: string } {
  const start = `${d.date}T${d.start}`;
  if (d.end === '24:00') return { start, end: `${addDays(d.date, 1)}T00:00` };
  return { start, end: d.end <= d.start ? `${addDays(d.date, 1)}T${d.end}` : `${d.date}T${d.end}` };
}

function overrideBody(d: Draft) {
  if (d.kind === 'away')
    return { responderId: d.responderId, kind: 'off', start: `${d.from}T00:00`, end: `${addDays(d.to, 1)}T00:00` };
  return { responderId: d.responderId, kind: 'on', role: d.role, tier: d.tier, ...onceSpan(d) };
}

/**
 * `onRestored` hears of the one-off put back after a refused move: it has a new id, and a second
 * try must move that one.
 */
export async function saveShift(
  d: Draft,
  editing: Editing | undefined,
  onRestored: (editing: Editing) => void = () => undefined,
  /** A coordinator's reason to let the shift break a rest rule, after a `rest_limit` refusal. */
  restOverride?: RestOverrideReason,
): Promise<void> {
  const allow = restOverride === undefined ? {} : { restOverride };
  if (d.kind === 'weekly') {
    const body = {
      responderId: d.responderId,
      role: d.role,
      tier: d.tier,
      day: d.day,
      start: d.start,
      end: d.end,
      ...allow,
    };
    if (editing?.source === 'rule') await api('PUT', `/api/shifts/rules/${editing.rule.id}`, body);
    else await api('POST', '/api/shifts/rules', body);
    return;
  }
  if (editing?.source !== 'override') {
    await api('POST', '/api/shifts/overrides', { ...overrideBody(d), ...allow });
    return;
  }
  const old = editing.override;
  await api('DELETE', `/api/shifts/overrides/${old.id}`);
  try {
    await api('POST', '/api/shifts/overrides', { ...overrideBody(d), ...allow });
  } catch (error) {
    const { id: _id, ...back } = old;
    const restored = await api<Override>('POST', '/api/shifts/overrides', back).catch(() => undefined);
    if (restored) onRestored({ source: 'override', override: restored });
    throw error;
  }
}

/** The form's starting values for a shift being moved. */
export function draftFrom(editing: Editing, base: Draft): Draft {
  if (editing.source === 'rule') {
    const { responderId, role, tier, day, start, end } = editing.rule;
    return { ...base, kind: 'weekly', responderId, role, tier, day, start, end };
  }
  const o = editing.override;
  const start = wallOf(o.start);
  const end = wallOf(o.end);
  const date = start.slice(0, 10);
  if (o.kind === 'off') {
    const last = end.slice(11) === '00:00' ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
    return { ...base, kind: 'away', responderId: o.responderId, from: date, to: last };
  }
  return {
    ...base,
    kind: 'once',
    responderId: o.responderId,
    role: o.role ?? 'phone',
    tier: o.tier ?? 'primary',
    date,
    start: clockOf(start),
    end: clockOf(end, date),
  };
}

/**
 * An overlap refusal says which shift is in the way (`conflictsWith`); the page finds that shift
 * and describes it in the reader's language.
 */
export function collisionText(
  error: ApiError,
  name: string,
  shifts: Shifts,
  t: WeekText,
  common: CommonText,
  lang: string,
): string {
  const id = error.conflictsWith;
  const rule = shifts.rules.find((r) => r.id === id);
  const override = shifts.overrides.find((o) => o.id === id);
  let shift: string | undefined;
  if (rule) shift = fill(t.describeWeekly, { day: common.weekdays[rule.day], start: rule.start, end: rule.end });
  else if (override) {
    const date = wallOf(override.start).slice(0, 10);
    shift = fill(t.describeOnce, {
      date: dayName(date, lang),
      start: clockOf(wallOf(override.start)),
      end: clockOf(wallOf(override.end), date),
    });
  }
  if (!shift) return fill(t.errors.overlapUnknown, { name });
  const what = rule || override?.kind === 'on' ? `${shift} (${roleTier(rule ?? override, common)})` : shift;
  return fill(t.errors.overlap, { name, shift: what });
}

function roleTier(shift: { role?: Role; tier?: Tier } | undefined, common: CommonText): string {
  if (!shift?.role || !shift.tier) return '';
  return `${common.roles[shift.role]}, ${shift.tier === 'primary' ? common.primary : common.backup}`;
}

export function isOverlap(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code !== 'rest_limit';
}

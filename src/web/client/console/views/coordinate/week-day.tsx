/**
 * One day of the week: its shifts and its gaps in time order, as a list under the day's heading,
 * so a screen reader hears the day and then each stretch of it. A gap says so in words; the
 * colour only repeats it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { useLang, useText } from '../../context';
import type { RestOverrideReason } from '@server/program/limits';
import type { GridText } from '../../../../i18n/console/grid-types';
import type { Editing } from './shift-save';
import type { Occurrence, Schedule, Shifts } from './types';
import { addDays, clockOf, dayName, partOn, wallOf } from './week-time';

/**
 * What is open: the form (to add, or to move a shift) or a delete confirmation. The form is shown
 * above the days, not inside the shift: moving a one-off deletes it and adds it again, and a live
 * reload in between must not take the form away while it is being used.
 */
export type ShiftOpen =
  | { kind: 'add' }
  | { kind: 'edit'; key: string; editing: Editing; occurrence: Occurrence; back: string }
  /** From the list, the confirmation shows in the shift's place; from the form (`from` set), above the days. */
  | { kind: 'delete'; key: string; from?: { occurrence: Occurrence; back: string } };

/** A stable handle for one occurrence on screen, also usable as part of an element id. */
export function keyOf(o: Occurrence): string {
  return `${o.source}-${o.sourceId}-${wallOf(o.start).replace(/[^0-9]/g, '')}`;
}

/** A shift over a rest rule, in words: the rule, the numbers, and the coordinator's reason if they allowed it. */
export function restFlag(o: Occurrence, g: GridText, reasons: Record<RestOverrideReason, string>): string {
  if (!o.rest) return '';
  const flag = `⚠ ${fill(g.rest[o.rest.rule], { hours: o.rest.hours, limit: o.rest.limit })}`;
  return o.rest.allowed ? `${flag}. ${fill(g.allowed, { reason: reasons[o.rest.allowed] })}` : flag;
}

export function editingOf(o: Occurrence, shifts: Shifts): Editing | undefined {
  if (o.source === 'rule') {
    const rule = shifts.rules.find((r) => r.id === o.sourceId);
    return rule ? { source: 'rule', rule } : undefined;
  }
  const override = shifts.overrides.find((r) => r.id === o.sourceId);
  return override ? { source: 'override', override } : undefined;
}

interface Props {
  date: string;
  /** Whether this is the first day on screen: shifts that began before it are shown on it. */
  first: boolean;
  schedule: Schedule;
  shifts: Shifts;
  open: ShiftOpen | null;
  onEdit: (o: Occurrence, editing: Editing) => void;
  onDelete: (o: Occurrence) => void;
  /** The delete confirmation for the occurrence that has one open. */
  panel: (o: Occurrence) => ComponentChildren;
}

export function Day({ date, first, schedule, shifts, open, onEdit, onDelete, panel }: Props): JSX.Element {
  const all = useText();
  const { week: t, common } = all.coordinate;
  const { grid } = all;
  const reasons = all.careTime.refusal.reasons;
  const lang = useLang();
  const dayStart = `${date}T00:00`;
  const nextDay = `${addDays(date, 1)}T00:00`;

  const items: { at: string; node: JSX.Element }[] = [];
  for (const o of schedule.occurrences) {
    const start = wallOf(o.start);
    const startsHere = start.slice(0, 10) === date || (first && start < dayStart && wallOf(o.end) > dayStart);
    if (!startsHere) continue;
    const end = wallOf(o.end);
    const from = start < dayStart ? '00:00' : clockOf(start);
    const to = end > nextDay ? fill(t.nextDay, { time: clockOf(end) }) : clockOf(end, date);
    const key = keyOf(o);
    const mine = open?.kind === 'delete' && open.key === key && open.from === undefined;
    const editing = editingOf(o, shifts);
    const hidden = <span class="visually-hidden"> {`${o.responderName}, ${from}–${to}`}</span>;
    items.push({
      at: start < dayStart ? dayStart : start,
      node: (
        <li key={key} class="shift" data-tier={o.tier}>
          <p class="shift-line">
            <span class="shift-time">{`${from}–${to}`}</span> <strong>{o.responderName}</strong>
            {` · ${common.roles[o.role]}, ${o.tier === 'primary' ? common.primary : common.backup} · ${o.source === 'rule' ? t.weekly : t.once}`}
          </p>
          {o.rest ? <p class="rest-flag">{restFlag(o, grid, reasons)}</p> : null}
          {mine ? (
            panel(o)
          ) : (
            <div class="button-row small">
              {editing ? (
                <button type="button" class="button secondary" id={`edit-${key}`} onClick={() => onEdit(o, editing)}>
                  {t.edit}
                  {hidden}
                </button>
              ) : null}
              <button type="button" class="button secondary" id={`delete-${key}`} onClick={() => onDelete(o)}>
                {t.delete}
                {hidden}
              </button>
            </div>
          )}
        </li>
      ),
    });
  }
  for (const gap of schedule.gaps) {
    const part = partOn(date, wallOf(gap.start), wallOf(gap.end));
    if (!part) continue;
    items.push({
      at: `${date}T${part.from}`,
      node: (
        <li key={`gap-${gap.start}`} class="gap">
          <strong>{t.gapLabel}</strong> {fill(t.gap, { start: part.from, end: part.to })}
        </li>
      ),
    });
  }
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return (
    <section class="day" aria-labelledby={`day-${date}`}>
      <h3 id={`day-${date}`}>{dayName(date, lang)}</h3>
      {items.length === 0 ? <p>{t.dayFree}</p> : <ul class="day-list">{items.map((item) => item.node)}</ul>}
    </section>
  );
}

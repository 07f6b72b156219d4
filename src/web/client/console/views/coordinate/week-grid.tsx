/**
 * The week as a grid, for a wide screen (issue 17): days across, hours down, each shift a block
 * spanning its time. The list (week-day.tsx) stays the form on a phone; CSS shows one or the other
 * (`.week-grid-wrap`, `.week-list` in kith.css), never JavaScript measuring the screen. Nothing here
 * rests on colour: a block says its tier in words with a shape and an edge, a gap says "Gap", and a
 * shift over a rest rule says so. Each block is a button opening the same editor the list opens; its
 * name starts with the day, then time, person, role and tier, so a screen reader hears it whole.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { useLang, useText } from '../../context';
import type { Editing } from './shift-save';
import type { Occurrence, Schedule, Shifts } from './types';
import { editingOf, keyOf, restFlag } from './week-day';
import { dayName, partOn, wallOf } from './week-time';

/** Rows of a quarter hour: a shift at :15 or :45 still lines up. */
const SLOT_MINUTES = 15;
const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

interface Placed {
  from: string;
  to: string;
  /** `grid-column`: a lane, or the whole day. */
  lane: string;
  rows: string;
}

const spanOf = (item: { from: string; to: string }) => {
  const start = minutesOf(item.from);
  return { start, end: Math.max(minutesOf(item.to), start + SLOT_MINUTES) };
};

/**
 * Side-by-side lanes where stretches overlap (two people on at once), first free lane first; a
 * stretch that overlaps nothing takes the day's whole width, so its words have room.
 */
function place<T extends { from: string; to: string }>(items: T[]): { placed: (T & Placed)[]; lanes: number } {
  const ends: number[] = [];
  const sorted = [...items].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
  const spans = sorted.map(spanOf);
  const placed = sorted.map((item, i) => {
    const { start, end } = spans[i] ?? spanOf(item);
    let lane = ends.findIndex((e) => e <= start);
    if (lane === -1) lane = ends.push(end) - 1;
    else ends[lane] = end;
    const alone = spans.every((other, j) => j === i || other.end <= start || end <= other.start);
    const first = Math.floor(start / SLOT_MINUTES) + 1;
    const last = Math.max(first + 1, Math.ceil(end / SLOT_MINUTES) + 1);
    return { ...item, lane: alone ? '1 / -1' : String(lane + 1), rows: `${first} / ${last}` };
  });
  return { placed, lanes: Math.max(1, ends.length) };
}

interface Props {
  days: string[];
  schedule: Schedule;
  shifts: Shifts;
  /** `back`: the id focus returns to when the editor closes. */
  onEdit: (o: Occurrence, editing: Editing, back: string) => void;
}

export function WeekGrid({ days, schedule, shifts, onEdit }: Props): JSX.Element {
  const text = useText();
  const { grid: g } = text;
  const { week: t, common } = text.coordinate;
  const lang = useLang();
  const broken = schedule.occurrences.filter((o) => o.rest !== null).length;
  const first = days[0] ?? '';
  const last = days.at(-1) ?? first;

  return (
    <div class="week-grid-wrap">
      <p class="grid-legend">{g.legend}</p>
      <p class="grid-rest-count">
        {broken === 0 ? g.restNone : broken === 1 ? g.restOne : fill(g.restMany, { count: broken })}
      </p>
      <div
        class="week-grid"
        role="group"
        aria-label={fill(g.label, { first: dayName(first, lang), last: dayName(last, lang) })}
      >
        <div class="grid-hours" aria-hidden="true">
          {HOURS.map((h) => (
            <span key={h}>{h}</span>
          ))}
        </div>
        {days.map((date) => {
          const blocks = schedule.occurrences.flatMap((o) => {
            const part = partOn(date, wallOf(o.start), wallOf(o.end));
            return part ? [{ ...part, o, gap: false as const }] : [];
          });
          const gaps = schedule.gaps.flatMap((gap) => {
            const part = partOn(date, wallOf(gap.start), wallOf(gap.end));
            return part ? [{ ...part, gap: true as const, at: gap.start }] : [];
          });
          const { placed, lanes } = place<(typeof blocks)[number] | (typeof gaps)[number]>([...blocks, ...gaps]);
          const day = dayName(date, lang);
          return (
            <section key={date} class="grid-day" aria-labelledby={`grid-day-${date}`}>
              <h3 id={`grid-day-${date}`}>{day}</h3>
              <ol class="grid-col" style={{ gridTemplateColumns: `repeat(${lanes}, minmax(0, 1fr))` }}>
                {placed.map((item) => {
                  const style = { gridRow: item.rows, gridColumn: item.lane };
                  const span = `${item.from}–${item.to}`;
                  if (item.gap)
                    return (
                      <li key={`gap-${item.at}`} class="grid-gap" style={style}>
                        <strong>{t.gapLabel}</strong> {fill(t.gap, { start: item.from, end: item.to })}
                      </li>
                    );
                  const { o } = item;
                  const editing = editingOf(o, shifts);
                  const id = `grid-${keyOf(o)}-${date.replace(/-/g, '')}`;
                  const tier = o.tier === 'primary' ? g.primary : g.backup;
                  return (
                    <li key={id} class="grid-block" data-tier={o.tier} style={style}>
                      <button
                        type="button"
                        id={id}
                        disabled={!editing}
                        onClick={() => editing && onEdit(o, editing, id)}
                      >
                        <span class="block-words">
                          <span class="visually-hidden">{`${day}, `}</span>
                          <span class="shift-time">{span}</span> <strong>{o.responderName}</strong>
                          {` ${common.roles[o.role]}, `}
                          <span class="tier-tag">
                            <span aria-hidden="true">{o.tier === 'primary' ? '■ ' : '◇ '}</span>
                            {tier}
                          </span>
                          {o.rest ? (
                            <span class="rest-flag">{` ${restFlag(o, g, text.careTime.refusal.reasons)}`}</span>
                          ) : null}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}

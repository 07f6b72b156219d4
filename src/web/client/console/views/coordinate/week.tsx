/**
 * The week of shifts, for coordinators: each day's shifts and the gaps with no one on the phone,
 * Monday to Sunday in the line's own time zone; adding, moving and deleting shifts and time away.
 * A wide screen shows it as a grid (week-grid.tsx), a phone as a list of days (week-day.tsx).
 * The week is in the address (`?from=YYYY-MM-DD`), so Back and a shared link show the same week.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api, ApiError } from '../../api';
import { Status, ViewHeading } from '../../components';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { ConfirmPanel, NotYet, useFocusLater } from './parts';
import { ShiftForm } from './shift-form';
import type { Occurrence, Program, Responder, Schedule, Shifts } from './types';
import { AwayList } from './week-away';
import { Day, keyOf, type ShiftOpen } from './week-day';
import { WeekGrid } from './week-grid';
import { addDays, dayName, isDate, mondayOf, todayIn } from './week-time';

export function WeekView({ from }: { from: string | null }): JSX.Element {
  const text = useText();
  const { week: t, common } = text.coordinate;
  const lang = useLang();
  const week = useLoad(async () => {
    const [program, shifts, roster] = await Promise.all([
      api<Program>('GET', '/api/program'),
      api<Shifts>('GET', '/api/shifts'),
      api<Responder[]>('GET', '/api/responders'),
    ]);
    const first = from && isDate(from) ? mondayOf(from) : mondayOf(todayIn(program.timeZone));
    const schedule = await api<Schedule>('GET', `/api/shifts/schedule?from=${first}&days=7`);
    return { program, shifts, roster, schedule, first, thisWeek: mondayOf(todayIn(program.timeZone)) };
  }, from ?? 'this week');
  useLive(['shifts', 'roster', 'program'], week.reload);
  const [open, setOpen] = useState<ShiftOpen | null>(null);
  const [status, setStatus] = useState('');
  const setFocusNext = useFocusLater();
  useEffect(() => setOpen(null), [from]);

  if (!week.data) return <NotYet title={t.title} failed={week.failed} retry={week.reload} />;
  const { program, shifts, roster, schedule, first, thisWeek } = week.data;
  const days = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(first, n));
  const gaps = schedule.gaps.length;

  function close(back: string, fallback?: string): void {
    setOpen(null);
    setFocusNext(back, fallback);
  }

  async function remove(o: Occurrence): Promise<void> {
    try {
      await api(
        'DELETE',
        o.source === 'rule' ? `/api/shifts/rules/${o.sourceId}` : `/api/shifts/overrides/${o.sourceId}`,
      );
      setStatus(t.deleted);
    } catch (error) {
      setStatus(error instanceof ApiError && error.status === 404 ? common.gone : text.shell.failed);
    }
    week.reload();
    close('week-heading');
  }

  const panel = (o: Occurrence, back = `delete-${keyOf(o)}`) => (
    <ConfirmPanel
      id="delete-shift"
      danger
      heading={t.deleteHeading}
      confirm={t.deleteConfirm}
      onConfirm={() => void remove(o)}
      onCancel={() => close(back, 'week-heading')}
    >
      <p>{o.source === 'rule' ? t.deleteWeekly : t.deleteOnce}</p>
    </ConfirmPanel>
  );

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{fill(t.intro, { zone: program.timeZone })}</p>
      <Status message={status} />
      <h2 id="week-heading" tabIndex={-1}>
        {fill(t.weekOf, { first: dayName(first, lang), last: dayName(addDays(first, 6), lang) })}
      </h2>
      <ul class="week-nav">
        <li>
          <a href={`/console/week?from=${addDays(first, -7)}`} data-route>
            {t.previous}
          </a>
        </li>
        <li>
          <a href={`/console/week?from=${thisWeek}`} data-route aria-current={first === thisWeek ? 'date' : undefined}>
            {t.thisWeek}
          </a>
        </li>
        <li>
          <a href={`/console/week?from=${addDays(first, 7)}`} data-route>
            {t.next}
          </a>
        </li>
      </ul>
      <div class={gaps > 0 ? 'coverage has-gaps' : 'coverage'}>
        <p role="status" id="coverage">
          {gaps === 0 ? t.gapsNone : gaps === 1 ? t.gapsOne : fill(t.gapsMany, { count: gaps })}
        </p>
      </div>
      {open?.kind === 'add' ? (
        <ShiftForm
          responders={roster}
          shifts={shifts}
          firstDay={first}
          onSaved={() => (setStatus(t.added), week.reload(), close('add-shift'))}
          onCancel={() => close('add-shift')}
        />
      ) : open?.kind === 'edit' ? (
        <>
          <ShiftForm
            key={open.key}
            responders={roster}
            shifts={shifts}
            editing={open.editing}
            firstDay={first}
            onSaved={() => (setStatus(t.saved), week.reload(), close('week-heading'))}
            onCancel={() => close(open.back, 'week-heading')}
          />
          {/* The grid has no delete button of its own: a shift opened there is deleted from here. */}
          <button
            type="button"
            class="button secondary"
            id="delete-open-shift"
            onClick={() =>
              setOpen({ kind: 'delete', key: open.key, from: { occurrence: open.occurrence, back: open.back } })
            }
          >
            {t.delete}
          </button>
        </>
      ) : open?.kind === 'delete' && open.from ? (
        panel(open.from.occurrence, open.from.back)
      ) : (
        <button type="button" class="button" id="add-shift" onClick={() => (setStatus(''), setOpen({ kind: 'add' }))}>
          {t.add}
        </button>
      )}
      <WeekGrid
        days={days}
        schedule={schedule}
        shifts={shifts}
        onEdit={(o, editing, back) => (
          setStatus(''),
          setOpen({ kind: 'edit', key: keyOf(o), editing, occurrence: o, back })
        )}
      />
      <div class="week-list">
        {days.map((date, i) => (
          <Day
            key={date}
            date={date}
            first={i === 0}
            schedule={schedule}
            shifts={shifts}
            open={open}
            onEdit={(o, editing) => (
              setStatus(''),
              setOpen({ kind: 'edit', key: keyOf(o), editing, occurrence: o, back: `edit-${keyOf(o)}` })
            )}
            onDelete={(o) => (setStatus(''), setOpen({ kind: 'delete', key: keyOf(o) }))}
            panel={panel}
          />
        ))}
      </div>
      <AwayList shifts={shifts} roster={roster} onStatus={setStatus} onChanged={week.reload} />
    </>
  );
}

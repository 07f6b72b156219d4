import { tellResponder } from '../conversations/notify';
import { fillRota, rotaLanguage, rotaTextsFor } from '../i18n/rota';
const HOUR = 3_600_000;
import type { Program } from '../program/types';
import { listResponders } from '../responders/service';
import type { Responder } from '../responders/types';
import { overlaps } from '../shifts/occurrences';
import { schedule } from '../shifts/service';
import type { RotaDeps } from './deps';
import { localWhen } from './reminders';
import * as repo from './repo';

/** The coordinator's shifts view, where a gap is filled. */
export const SHIFTS_PATH = '/console/shifts';
/** Hours ahead of a gap that coordinators hear of it, furthest first. */
export const GAP_ALERT_HOURS = [72, 24] as const;
/** At most this many names in one text; the rest are counted. */
const NAMES_MAX = 6;

/**
 * Coverage ahead of time: for each gap in opening hours (`schedule`'s gaps: no primary on the phone
 * while the line is open; closed hours are never gaps) starting within 72 hours, coordinators are
 * told once at 72 hours and once at 24 — only the tighter one when a gap appears late — with the
 * people who could take it: the gap's role, active, and not scheduled for any of it. Told: the
 * coordinators on call now; when none is, every active coordinator, because a gap nobody hears of
 * stays a gap. Each alert is claimed in `rota_notices` first, so it is sent once per gap and threshold;
 * a gap filled before 24 hours is no longer a gap, so it gets no second alert.
 */
export async function sendGapAlerts(deps: RotaDeps, program: Program): Promise<number> {
  const now = deps.clock.now();
  const view = await schedule(deps, program.id, { days: '5' });
  const upcoming = view.gaps.filter((g) => g.start > now && g.start - now <= GAP_ALERT_HOURS[0] * HOUR);
  if (upcoming.length === 0) return 0;
  const team = await listResponders(deps, program.id);
  const active = team.filter((r) => r.status === 'active');
  const onCallNow = new Set(
    view.occurrences.filter((o) => o.role === 'coordinator' && o.start <= now && now < o.end).map((o) => o.responderId),
  );
  const coordinators = active.filter((r) => r.roles.includes('coordinator'));
  const told = coordinators.some((r) => onCallNow.has(r.id))
    ? coordinators.filter((r) => onCallNow.has(r.id))
    : coordinators;
  let sent = 0;
  for (const gap of upcoming) {
    const hours = gap.start - now <= GAP_ALERT_HOURS[1] * HOUR ? GAP_ALERT_HOURS[1] : GAP_ALERT_HOURS[0];
    const key = `gap${hours}:${program.id}:${gap.role}:${gap.start}`;
    const claimed = await repo.claimNotice(
      deps.db,
      { key, programId: program.id, kind: hours === 72 ? 'gap72' : 'gap24', aboutAt: gap.start },
      now,
    );
    if (!claimed) continue;
    const busy = new Set(view.occurrences.filter((o) => overlaps(o, gap)).map((o) => o.responderId));
    const free = active.filter((r) => r.roles.includes(gap.role) && !busy.has(r.id));
    for (const coordinator of told) await tell(deps, program, coordinator, gap, hours, free);
    sent += 1;
  }
  return sent;
}

async function tell(
  deps: RotaDeps,
  program: Program,
  coordinator: Responder,
  gap: { start: number; end: number },
  hours: number,
  free: readonly Responder[],
): Promise<void> {
  const language = rotaLanguage(coordinator.languages[0] ?? 'en');
  const words = rotaTextsFor(language);
  const shown = free.slice(0, NAMES_MAX).map((r) => r.name);
  const names =
    shown.length === 0
      ? words.nobodyFree
      : [shown.join(', '), free.length > NAMES_MAX ? fillRota(words.more, { count: free.length - NAMES_MAX }) : '']
          .filter(Boolean)
          .join(' ');
  const body = fillRota(words.gap, {
    hours,
    from: localWhen(gap.start, program.timeZone, language),
    to: localWhen(gap.end, program.timeZone, language),
    names,
    url: `${deps.publicUrl}${SHIFTS_PATH}`,
  });
  await tellResponder(deps, program, coordinator.id, () => body, 'coverage alert');
}

/**
 * The program's evaluation counts as the console asks for them (`GET /api/dispatch/evaluation`,
 * coordinators only): numbers by category, never a person, a place or a word. Dates are local dates
 * where the line is, both included, as the API takes them.
 */
import type { EvaluationView } from '@server/care/schema';
import { api } from '../../api';
import { addDays, todayIn } from '../coordinate/week-time';

type Counts = Record<string, number>;

/** Numbers only, for the program's own evaluation (src/care/schema.ts). */
export type Evaluation = EvaluationView;

export function evaluation(from: string, to: string): Promise<Evaluation> {
  const query = new URLSearchParams({ from, to });
  return api<Evaluation>('GET', `/api/dispatch/evaluation?${query.toString()}`);
}

/**
 * The last 30 days to today, where the line is (the server's own default), worked out on local
 * date strings with Intl rather than luxon: luxon would add its weight to every phone's console.
 */
export function lastThirtyDays(timeZone: string): { from: string; to: string } {
  const to = todayIn(timeZone);
  return { from: addDays(to, -29), to };
}

/** "23 November 2026" in the reader's language; a local date, so no time zone moves it. */
export function longDate(date: string, lang: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
}

/** Nothing happened in the period: no responses, no events, no follow-ups due. */
export function isEmpty(counts: Evaluation): boolean {
  const { debriefs, followUps } = counts;
  return (
    counts.responses.total +
      counts.emergencyServices.total +
      counts.policeContacts.total +
      debriefs.done +
      debriefs.notDone +
      followUps.done +
      followUps.missed +
      followUps.pending ===
    0
  );
}

/**
 * Every id the program offers, in its order, with 0 where none happened, then any other id the
 * counts hold (a category the program has since removed): zeros are shown, nothing is dropped.
 */
export function rowsOf(known: readonly string[], counts: Counts): [string, number][] {
  const rows: [string, number][] = known.map((id) => [id, counts[id] ?? 0]);
  for (const [id, n] of Object.entries(counts)) if (!known.includes(id)) rows.push([id, n]);
  return rows;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Counts and stored times only: nothing here selects a sealed body, a number, a name or an id that
 * could leave this file. Every query is scoped to one program, or to one program's conversations
 * with one sender's keyed hash.
 */

export type Db = Kysely<Database>;

/** How many, and the earliest and latest of a stored time among them (null when none has one). */
export interface Span {
  count: number;
  min: number | null;
  max: number | null;
}

/** PostgreSQL answers counts and bigint aggregates as strings; SQLite as numbers. */
export const num = (value: unknown): number => Number(value ?? 0);
export const maybe = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
export const span = (row: { n: unknown; lo: unknown; hi: unknown } | undefined): Span => ({
  count: num(row?.n),
  min: maybe(row?.lo),
  max: maybe(row?.hi),
});

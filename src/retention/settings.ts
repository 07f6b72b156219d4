import type { FieldProblem } from '../platform/errors';
import { RETENTION_DEFAULTS, SETTABLE, SETTABLE_CLASSES, type RetentionSettings } from './classes';

/**
 * A program's retention settings as stored (`programs.retention`, JSON) and checked, from the table
 * in classes.ts. Here rather than in src/program so the purge, a whole-database job, reads a
 * program's periods without importing the program capability (program → retention, never back).
 */

/** The stored JSON, with Kith's default for any setting it does not name (a program from before it existed). */
export function retentionFromJson(json: string): RetentionSettings {
  return { ...RETENTION_DEFAULTS, ...(JSON.parse(json) as Partial<RetentionSettings>) };
}

/** Every setting within its class's bounds: no setting can keep words longer than the table allows. */
export function validateRetention(r: RetentionSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { setting, minDays, maxDays } of SETTABLE.map((c) => SETTABLE_CLASSES[c])) {
    const value = r[setting];
    if (!Number.isInteger(value) || value < minDays || value > maxDays) {
      problems.push({
        field: `/retention/${setting}`,
        message: `must be a whole number of days from ${minDays} to ${maxDays}`,
      });
    }
  }
  return problems;
}

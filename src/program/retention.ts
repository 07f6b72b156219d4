import { Type } from '@sinclair/typebox';
import type { FieldProblem } from '../platform/errors';
import { SETTABLE_CLASSES, type RetentionSettingName } from '../retention/classes';

/**
 * How long the program keeps each settable retention class, in days (see retention/classes.ts).
 * Every field has a default; a program may only choose within Kith's bounds, so no setting can
 * keep words longer than 90 days.
 */
export type RetentionSettings = Record<RetentionSettingName, number>;

export const RETENTION_DEFAULTS: RetentionSettings = {
  wordsDays: SETTABLE_CLASSES.words.defaultDays,
  evaluationDays: SETTABLE_CLASSES.evaluation.defaultDays,
  blocksDays: SETTABLE_CLASSES.blocks.defaultDays,
};

const days = (description: string) => Type.Optional(Type.Integer({ description }));
export const RetentionPatchSchema = Type.Object(
  {
    wordsDays: days(
      'Days sealed message bodies and notes are kept after the conversation closed or the note last changed (1–90)',
    ),
    evaluationDays: days('Days call and conversation records (no words, no numbers) are kept after they ended (7–365)'),
    blocksDays: days('Days a block on a sender is kept (1–365)'),
  },
  {
    additionalProperties: false,
    description: 'How long Kith keeps each kind of record; absent fields keep their value',
  },
);

export function retentionFromJson(json: string): RetentionSettings {
  return { ...RETENTION_DEFAULTS, ...(JSON.parse(json) as Partial<RetentionSettings>) };
}

export function validateRetention(r: RetentionSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { setting, minDays, maxDays } of Object.values(SETTABLE_CLASSES)) {
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

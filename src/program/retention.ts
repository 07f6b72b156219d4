import { Type, type TInteger, type TOptional } from '@sinclair/typebox';
import {
  RETENTION_DEFAULTS,
  SETTABLE,
  SETTABLE_CLASSES,
  type RetentionSettingName,
  type RetentionSettings,
} from '../retention/classes';

/**
 * How long the program keeps each settable retention class, in days. The classes, their defaults
 * and their bounds are one table (src/retention/classes.ts); this is the program's side of it: the
 * PATCH schema, made from the table, so a new class needs no line here. Every field has a default;
 * a program may only choose within Kith's bounds, so no setting can keep words longer than 90 days.
 */
export type { RetentionSettings };
export { RETENTION_DEFAULTS };
export { retentionFromJson, validateRetention } from '../retention/settings';

export const RetentionPatchSchema = Type.Object(
  Object.fromEntries(
    SETTABLE.map((c) => {
      const { setting, description, minDays, maxDays } = SETTABLE_CLASSES[c];
      return [setting, Type.Optional(Type.Integer({ description: `${description} (${minDays}–${maxDays})` }))];
    }),
  ) as Record<RetentionSettingName, TOptional<TInteger>>,
  {
    additionalProperties: false,
    description: 'How long Kith keeps each kind of record; absent fields keep their value',
  },
);

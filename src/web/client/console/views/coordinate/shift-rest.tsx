/**
 * A shift refused for breaking a rest rule (409 `rest_limit`, issue 17): the refusal in the
 * reader's words, built from the error's `facts` rather than the server's English, and the way
 * to save it anyway with one of the reason categories (src/program/limits.ts), never free text.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import type { CareTimeText } from '../../../../i18n/console/care-time-types';
import { ApiError } from '../../api';
import { Choice } from '../../components';
import { useText } from '../../context';
import { clockOf, dayName, wallOf } from './week-time';
import { REST_OVERRIDE_REASONS, REST_RULES, type RestOverrideReason, type RestRule } from '@server/program/limits';

export type { RestOverrideReason };

export function isRestRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code === 'rest_limit';
}

/** "Ana would be on call 14 hours in one stretch (from …). The limit is 12 hours." */
export function restRefusalText(error: ApiError, t: CareTimeText['refusal'], fallback: string, lang: string): string {
  const facts = error.facts ?? {};
  const rule = facts.rule;
  if (typeof rule !== 'string' || !(REST_RULES as readonly string[]).includes(rule)) return fallback;
  return fill(t.rules[rule as RestRule], {
    name: String(facts.responder ?? ''),
    hours: String(facts.hours ?? ''),
    limit: String(facts.limit ?? ''),
    at: localAt(String(facts.at ?? ''), lang),
  });
}

/**
 * `at` comes as the line's local time with its offset ("2026-11-23T09:00:00-05:00"): read as the
 * wall time it names, in the reader's language, like the rest of the week.
 */
function localAt(at: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at)) return at;
  const wall = wallOf(at);
  return `${dayName(wall.slice(0, 10), lang)}, ${clockOf(wall)}`;
}

/** The first reason's radio: where the error summary sends the keyboard. */
export const REST_REASON_FIELD = `rest-reason-${REST_OVERRIDE_REASONS[0]}`;

interface Props {
  /** The refusal in words, kept in view while a reason is chosen. */
  refusal: string;
  reason: RestOverrideReason | undefined;
  error: string | undefined;
  onReason: (reason: RestOverrideReason) => void;
  onSaveAnyway: () => void;
}

export function RestOverride({ refusal, reason, error, onReason, onSaveAnyway }: Props): JSX.Element {
  const t = useText().careTime.refusal;
  return (
    <div class="panel" id="rest-override">
      <p id="rest-refusal">{refusal}</p>
      <Choice<RestOverrideReason>
        name="rest-reason"
        legend={t.overrideHeading}
        hint={t.overrideHint}
        error={error}
        options={REST_OVERRIDE_REASONS.map((value) => ({ value, label: t.reasons[value] }))}
        value={reason}
        onChange={onReason}
      />
      <button type="button" class="button" onClick={onSaveAnyway}>
        {t.saveAnyway}
      </button>
    </div>
  );
}

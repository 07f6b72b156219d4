import type { FieldProblem } from '../platform/errors';
import { isValidTimeZone, parseClock } from '../platform/local-time';
import { isValidCountry, toE164 } from '../platform/phone';
import { callerReady, hasVoice, isDraft, languageInfo } from '../i18n/languages';
import { validateCare } from './care';
import { validateDispatch } from './dispatch';
import { LANGUAGES_MAX, RING_TIMEOUT_RANGE } from './limits';
import { validateRetention } from './retention';
import { normaliseTexting, validateTexting } from './texting';
import { controlProblem, controlProblemsIn } from '../platform/text';
import { CALLER_MESSAGE_KEYS, MESSAGE_KEYS, type MessageKey, type ProgramSettings, type TimeSpan } from './types';

export { RING_TIMEOUT_RANGE } from './limits';

/**
 * Checks a whole program's settings for meaning (the HTTP schema has already checked shape).
 * Returns every problem, each naming its field, so a coordinator can fix them in one go.
 */
export function validateSettings(s: ProgramSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (s.name.trim() === '') add('/name', 'must not be empty');
  // Names and messages reach TwiML, pages and texts: control characters are refused, each field named.
  const nameProblem = controlProblem('/name', s.name, true);
  if (nameProblem) problems.push(nameProblem);
  problems.push(...controlProblemsIn({ ...s, name: '' }));
  if (!isValidTimeZone(s.timeZone))
    add('/timeZone', `"${s.timeZone}" is not an IANA time zone such as America/Chicago`);
  if (!isValidCountry(s.defaultCountry)) add('/defaultCountry', 'must be a two-letter country code such as US or MX');
  if (
    s.phoneNumber !== null &&
    toE164(s.phoneNumber, isValidCountry(s.defaultCountry) ? s.defaultCountry : 'US') !== s.phoneNumber
  ) {
    add('/phoneNumber', 'must be a valid phone number in E.164 form, such as +12025550100');
  }

  if (s.languages.length === 0) add('/languages', 'must list at least one language; the first is the default');
  if (new Set(s.languages).size !== s.languages.length) add('/languages', 'must not list a language twice');
  if (s.languages.length > LANGUAGES_MAX) add('/languages', `at most ${LANGUAGES_MAX} languages fit on a phone keypad`);
  s.languages.forEach((language, i) => {
    if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(language))
      add(`/languages/${i}`, 'must be a language code such as en, es or pt-BR');
    problems.push(...ownWordsProblems(s, language));
  });
  const spoken = s.languages[0];
  if (spoken !== undefined && !hasVoice(spoken))
    add(
      '/languages/0',
      `the phone provider has no voice for "${spoken}", so callers could not hear it: list first a language it can speak (texts and chat still work in "${spoken}")`,
    );
  for (const language of Object.keys(s.messages)) {
    if (!s.languages.includes(language)) add(`/messages/${language}`, 'is for a language the program does not list');
  }
  if (new Set(s.respondsTo).size !== s.respondsTo.length) add('/respondsTo', 'must not list a kind of situation twice');

  if (
    !Number.isInteger(s.ringTimeoutSeconds) ||
    s.ringTimeoutSeconds < RING_TIMEOUT_RANGE.min ||
    s.ringTimeoutSeconds > RING_TIMEOUT_RANGE.max
  ) {
    add(
      '/ringTimeoutSeconds',
      `must be a whole number of seconds from ${RING_TIMEOUT_RANGE.min} to ${RING_TIMEOUT_RANGE.max}`,
    );
  }

  problems.push(...validateTexting(s.texting));
  problems.push(...validateRetention(s.retention));
  problems.push(...validateDispatch(s.dispatch));
  problems.push(...validateCare(s.care));
  s.hours.weekly.forEach((span, i) => checkSpan(span, `/hours/weekly/${i}`, add));
  const seenDates = new Set<string>();
  s.hours.exceptions.forEach((exception, i) => {
    if (!isRealDate(exception.date)) add(`/hours/exceptions/${i}/date`, 'must be a real date written YYYY-MM-DD');
    if (seenDates.has(exception.date)) add(`/hours/exceptions/${i}/date`, 'this date already has an exception');
    seenDates.add(exception.date);
    exception.open.forEach((span, j) => checkSpan(span, `/hours/exceptions/${i}/open/${j}`, add));
  });
  return problems;
}

/**
 * A draft translation (no fluent speaker has checked it) may say something wrong to a person in crisis:
 * enabling one needs the coordinator to have seen that, by naming it in `acknowledgeDraft`.
 */
export function draftProblems(
  before: readonly string[],
  after: readonly string[],
  acknowledged: readonly string[] = [],
) {
  return after.flatMap((language): FieldProblem[] =>
    before.includes(language) || !isDraft(language) || acknowledged.includes(language)
      ? []
      : [
          {
            field: `/acknowledgeDraft/${language}`,
            message: `Kith's ${languageInfo(language)?.englishName ?? language} words are a draft: no fluent speaker has checked them yet, so they may be wrong. To offer it anyway, send acknowledgeDraft: ["${language}"]`,
          },
        ],
  );
}

/**
 * No caller ever gets English in place of their language: where Kith has no words in a language, the
 * program must write every caller-facing message itself, each named when missing. Kith cannot describe
 * hours, scope or keeping in such a language, so those placeholders are refused there too.
 */
function ownWordsProblems(s: ProgramSettings, language: string): FieldProblem[] {
  if (callerReady(language)) return [];
  const problems: FieldProblem[] = [];
  const own = s.messages[language] ?? {};
  const missing = CALLER_MESSAGE_KEYS.filter((key) => !own[key]?.trim());
  // MESSAGE_KEYS are named each; the rest together, so one language never pushes the other problems
  // past the answer's limit of 20 (the console names each of the rest at its own box).
  for (const key of missing.filter(isFormKey))
    problems.push({
      field: `/messages/${language}/${key}`,
      message: `Kith has no words in "${language}" for this message, so the program must write it before "${language}" can be offered`,
    });
  const others = missing.filter((key) => !isFormKey(key));
  if (others.length > 0)
    problems.push({
      field: `/messages/${language}`,
      message: `Kith has no words in "${language}", so before it can be offered the program must also write: ${others.join(', ')}`,
    });
  for (const key of CALLER_MESSAGE_KEYS) {
    const placeholder = /\{(hours|scope|kept)\}/.exec(own[key] ?? '')?.[0];
    if (placeholder)
      problems.push({
        field: `/messages/${language}/${key}`,
        message: `Kith cannot fill ${placeholder} in "${language}": write it out in words`,
      });
  }
  return problems;
}

const isFormKey = (key: string): key is MessageKey => (MESSAGE_KEYS as readonly string[]).includes(key);

/** What is stored is normalised first: addresses in the form they are sent in (see platform/text.ts). */
export function normaliseSettings(s: ProgramSettings): ProgramSettings {
  return { ...s, texting: normaliseTexting(s.texting) };
}

function checkSpan(span: TimeSpan, field: string, add: (field: string, message: string) => void): void {
  const start = parseClock(span.start);
  const end = parseClock(span.end, true);
  if (start === undefined) add(`${field}/start`, 'must be a time written HH:MM, from 00:00 to 23:59');
  if (end === undefined) add(`${field}/end`, 'must be a time written HH:MM, from 00:01 to 24:00');
  if (start !== undefined && end !== undefined && start === end) {
    add(field, 'starts and ends at the same time; for a whole day write 00:00 to 24:00');
  }
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

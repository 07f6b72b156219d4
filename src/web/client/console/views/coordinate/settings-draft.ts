/**
 * The settings form's working copy, and turning it into one PATCH. Everything is sent together
 * because the server checks the whole program at once (a new language needs its messages, a
 * removed one must take its messages with it), so nothing is ever half-saved.
 */
import type { ScopeWord } from '../../../../i18n/console/coordinate-types';
import type { Problem } from '../../components';
import type { SettingsText, CommonText } from '../../../../i18n/console/coordinate-types';
import type { RetentionWord } from '../../../../i18n/console/retention-types';
import { codesFrom } from './parts';
import {
  MESSAGE_KEYS,
  MORE_MESSAGE_KEYS,
  messageFieldId,
  WEEKDAYS,
  type AnyMessageWord,
  type Program,
  type Weekday,
} from './types';
import { cleanTime } from './week-time';
import { careDraftOf, carePatchOf, checkCare, type CareDraft } from './settings-care-draft';
import type { CareTimeText } from '../../../../i18n/console/care-time-types';
import type { CareSettings } from '@server/program/limits';
import {
  BLOCK_MESSAGE_MAX,
  LANGUAGES_MAX,
  MESSAGE_MAX,
  QUICK_EXIT_URL_MAX,
  RETENTION_DEFAULTS,
  RETENTION_SETTINGS,
  RING_TIMEOUT_RANGE,
  TEXTING_DEFAULTS,
  TEXTING_NUMBERS,
  TEXTING_RANGES,
  type RetentionSettings,
  type TextingNumber,
  type TextingSettings,
} from '@server/program/limits';

export interface HoursRow {
  day: Weekday;
  start: string;
  end: string;
}

export interface SettingsDraft {
  name: string;
  phoneNumber: string;
  timeZone: string;
  defaultCountry: string;
  /** As typed: "en, es". */
  languages: string;
  respondsTo: ScopeWord[];
  alwaysOpen: boolean;
  hours: HoursRow[];
  ringStrategy: Program['ringStrategy'];
  ringTimeout: string;
  messages: Record<string, Partial<Record<AnyMessageWord, string>>>;
  /** Draft languages the coordinator ticked to offer anyway (src/i18n/languages.ts). */
  acknowledgeDraft: string[];
  texting: TextingDraft;
  /** Days, as typed. */
  retention: Record<RetentionWord, string>;
  /** Rest rules and cool-down, as typed (settings-care-draft.ts). */
  care: CareDraft;
}

/** The program's texting settings as the API gives them (src/program/limits.ts). */
export type Texting = TextingSettings;

/** The numbers as typed, so a half-typed number is not turned into 0 before it is checked. */
export type TextingDraft = Omit<{ [K in keyof Texting]: string }, 'relayContent'> & { relayContent: boolean };

export type { TextingNumber };
// The ranges and limits the server checks (src/program/limits.ts), checked here first to name mistakes sooner.
export { BLOCK_MESSAGE_MAX, TEXTING_NUMBERS, TEXTING_RANGES };

/** How long the program keeps each kind of record, in days (src/retention/classes.ts is the table). */
export type Retention = RetentionSettings;
/** One field per settable retention class, in the table's order. */
export const RETENTION_FIELDS: readonly RetentionWord[] = RETENTION_SETTINGS;

/** The program as the settings form reads it: with its texting and retention settings (older servers had none). */
export type SettingsProgram = Program & { texting?: Texting; retention?: Retention; care?: CareSettings };

function textingDraftOf(texting: Texting = TEXTING_DEFAULTS): TextingDraft {
  return {
    relayContent: texting.relayContent,
    claimMinutes: String(texting.claimMinutes),
    backupMinutes: String(texting.backupMinutes),
    idleCloseMinutes: String(texting.idleCloseMinutes),
    numberGraceHours: String(texting.numberGraceHours),
    blockMessage: texting.blockMessage,
    quickExitUrl: texting.quickExitUrl,
  };
}

/** Open every hour of every day: seven whole days, as a new program starts. */
function isAlwaysOpen(weekly: Program['hours']['weekly']): boolean {
  return WEEKDAYS.every((day) =>
    weekly.some((span) => span.day === day && span.start === '00:00' && span.end === '24:00'),
  );
}

export function draftOf(program: SettingsProgram): SettingsDraft {
  const alwaysOpen = isAlwaysOpen(program.hours.weekly);
  return {
    name: program.name,
    phoneNumber: program.phoneNumber ?? '',
    timeZone: program.timeZone,
    defaultCountry: program.defaultCountry,
    languages: program.languages.join(', '),
    respondsTo: program.respondsTo,
    alwaysOpen,
    hours:
      alwaysOpen || program.hours.weekly.length === 0
        ? [{ day: 'mon', start: '', end: '' }]
        : program.hours.weekly.map(({ day, start, end }) => ({ day, start, end })),
    ringStrategy: program.ringStrategy,
    ringTimeout: String(program.ringTimeoutSeconds),
    messages: program.messages,
    acknowledgeDraft: [],
    texting: textingDraftOf(program.texting),
    retention: Object.fromEntries(
      RETENTION_FIELDS.map((field) => [field, String((program.retention ?? RETENTION_DEFAULTS)[field])]),
    ) as Record<RetentionWord, string>,
    care: careDraftOf(program.care),
  };
}

const ALL_MESSAGE_KEYS: readonly AnyMessageWord[] = [...MESSAGE_KEYS, ...MORE_MESSAGE_KEYS];

/**
 * The messages still empty in a language: where Kith has no words, the server names the four main
 * ones each and the rest together (`/messages/ht`); the page names each of the rest at its own box.
 */
export function emptyMoreMessages(d: SettingsDraft, language: string): AnyMessageWord[] {
  return MORE_MESSAGE_KEYS.filter((key) => (d.messages[language]?.[key] ?? '').trim() === '');
}

/** What the page can tell before asking the server: missing and malformed answers. */
export function checkDraft(
  d: SettingsDraft,
  t: SettingsText,
  common: CommonText,
  care: CareTimeText['settings'],
): Problem[] {
  const found: Problem[] = [];
  if (d.name.trim() === '') found.push({ field: 'settings-name', message: t.errors.nameMissing });
  if (d.timeZone.trim() === '') found.push({ field: 'settings-zone', message: t.errors.timeZoneInvalid });
  if (!/^[A-Za-z]{2}$/.test(d.defaultCountry.trim()))
    found.push({ field: 'settings-country', message: t.errors.countryInvalid });
  const languages = codesFrom(d.languages);
  if (languages.length === 0 || languages.length > LANGUAGES_MAX || new Set(languages).size !== languages.length) {
    found.push({ field: 'settings-languages', message: t.errors.languagesInvalid });
  }
  const timeout = Number(d.ringTimeout.trim());
  if (!/^\d+$/.test(d.ringTimeout.trim()) || timeout < RING_TIMEOUT_RANGE.min || timeout > RING_TIMEOUT_RANGE.max)
    found.push({ field: 'settings-timeout', message: t.errors.timeoutInvalid });
  if (!d.alwaysOpen) {
    if (d.hours.length === 0) found.push({ field: 'settings-add-hours', message: t.errors.hoursMissing });
    d.hours.forEach((row, i) => {
      if (cleanTime(row.start) === undefined) found.push({ field: `hours-${i}-start`, message: common.timeInvalid });
      if (cleanTime(row.end, true) === undefined) found.push({ field: `hours-${i}-end`, message: common.timeInvalid });
      else if (cleanTime(row.start) === cleanTime(row.end, true))
        found.push({ field: `hours-${i}-end`, message: t.errors.hoursInvalid });
    });
  }
  for (const field of TEXTING_NUMBERS) {
    const [min, max] = TEXTING_RANGES[field];
    const typed = d.texting[field].trim();
    const value = Number(typed);
    if (!/^\d+$/.test(typed) || value < min || value > max)
      found.push({ field: textingFieldId(field), message: t.texting.errors[field] });
  }
  if ([...d.texting.blockMessage.trim()].length > BLOCK_MESSAGE_MAX)
    found.push({ field: 'texting-block-message', message: t.texting.errors.blockMessage });
  if (
    !/^https?:\/\/\S+$/i.test(d.texting.quickExitUrl.trim()) ||
    d.texting.quickExitUrl.trim().length > QUICK_EXIT_URL_MAX
  )
    found.push({ field: textingFieldId('quickExitUrl'), message: t.texting.errors.quickExitUrl });
  // Only that each is a whole number: the range is the server's to check (src/retention/classes.ts
  // holds Kith's bounds), and its refusal is named at the field like any other.
  for (const field of RETENTION_FIELDS) {
    if (!/^\d+$/.test(d.retention[field].trim()))
      found.push({ field: retentionFieldId(field), message: t.retention.errors[field] });
  }
  found.push(...checkCare(d.care, care));
  for (const language of languages) {
    for (const key of ALL_MESSAGE_KEYS) {
      if ((d.messages[language]?.[key] ?? '').length > MESSAGE_MAX)
        found.push({ field: messageFieldId(language, key), message: t.errors.messageTooLong });
    }
  }
  return found;
}

/** The PATCH body: empty message boxes are left out (Kith's wording is used), as are removed languages. */
export function patchOf(d: SettingsDraft, program: Program) {
  const languages = codesFrom(d.languages);
  const messages: Program['messages'] = {};
  for (const language of languages) {
    // A message this form does not know (written through the API by a newer Kith) is kept as it is.
    const kept = Object.entries(program.messages[language] ?? {}).filter(
      ([key]) => !(ALL_MESSAGE_KEYS as readonly string[]).includes(key),
    );
    const written = ALL_MESSAGE_KEYS.flatMap((key) => {
      const value = d.messages[language]?.[key]?.trim();
      return value ? [[key, value] as const] : [];
    });
    if (kept.length + written.length > 0) messages[language] = Object.fromEntries([...kept, ...written]);
  }
  const weekly = d.alwaysOpen
    ? WEEKDAYS.map((day) => ({ day, start: '00:00', end: '24:00' }))
    : d.hours.map((row) => ({
        day: row.day,
        start: cleanTime(row.start) ?? row.start,
        end: cleanTime(row.end, true) ?? row.end,
      }));
  return {
    name: d.name.trim(),
    phoneNumber: d.phoneNumber.trim() === '' ? null : d.phoneNumber.trim(),
    timeZone: d.timeZone.trim(),
    defaultCountry: d.defaultCountry.trim().toUpperCase(),
    languages,
    respondsTo: d.respondsTo,
    hours: { weekly, exceptions: program.hours.exceptions },
    ringStrategy: d.ringStrategy,
    ringTimeoutSeconds: Number(d.ringTimeout.trim()),
    messages,
    ...(d.acknowledgeDraft.length > 0
      ? { acknowledgeDraft: d.acknowledgeDraft.filter((l) => languages.includes(l)) }
      : {}),
    // Only the fields this form edits: the server keeps any other texting setting as it is.
    texting: {
      relayContent: d.texting.relayContent,
      ...Object.fromEntries(TEXTING_NUMBERS.map((field) => [field, Number(d.texting[field].trim())])),
      blockMessage: d.texting.blockMessage.trim(),
      quickExitUrl: d.texting.quickExitUrl.trim(),
    },
    retention: Object.fromEntries(RETENTION_FIELDS.map((field) => [field, Number(d.retention[field].trim())])),
    care: carePatchOf(d.care),
  };
}

/** `claimMinutes` → `texting-claim-minutes`: the control's id, for the error summary's links. */
export function textingFieldId(field: TextingNumber | 'blockMessage' | 'quickExitUrl'): string {
  return `texting-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** `wordsDays` → `retention-words-days`. */
export function retentionFieldId(field: RetentionWord): string {
  return `retention-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

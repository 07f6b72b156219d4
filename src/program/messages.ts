import { catalogFor, fill } from '../i18n';
import { describeHours } from './hours';
import { MESSAGE_KEYS, type MessageKey, type ProgramSettings } from './types';

/** What a caller actually hears for `key` in `language`: the program's own text, or Kith's default. */
export function messageFor(program: ProgramSettings, language: string, key: MessageKey): string {
  const own = program.messages[language]?.[key];
  if (own !== undefined && own.trim() !== '') return fill(own, placeholders(program, language));
  const text = catalogFor(language);
  return fill(text[key], placeholders(program, language));
}

export function allMessages(program: ProgramSettings, language: string): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of MESSAGE_KEYS) out[key] = messageFor(program, language, key);
  return out;
}

function placeholders(program: ProgramSettings, language: string): Record<string, string> {
  const text = catalogFor(language);
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const helpsWith = program.respondsTo.map((s) => text.scope[s]);
  let scope = helpsWith.length > 0 ? `${text.scopeIntro} ${list.format(helpsWith)}.` : '';
  if (!program.respondsTo.includes('emergency')) scope = `${scope} ${text.notEmergencyService}`.trim();
  return { program: program.name, hours: describeHours(program.hours, language), scope };
}

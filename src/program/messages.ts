import { catalogFor, fill } from '../i18n';
import { describeHours, listFormat } from './hours';
import { MESSAGE_KEYS, type MessageKey, type ProgramSettings } from './types';

/**
 * Each program's messages as filled, per program object. Settings are read into new objects and never
 * changed in place, and the routing cache hands every call the same object until a change: so a call
 * reuses the greeting and disclosures the first call filled (hours and scope described) instead of
 * filling them again.
 */
const filled = new WeakMap<ProgramSettings, Map<string, string>>();

/** What a caller actually hears for `key` in `language`: the program's own text, or Kith's default. */
export function messageFor(program: ProgramSettings, language: string, key: MessageKey): string {
  let known = filled.get(program);
  if (!known) filled.set(program, (known = new Map()));
  const at = `${language}\u0000${key}`;
  let message = known.get(at);
  if (message === undefined) {
    const own = program.messages[language]?.[key];
    const template = own !== undefined && own.trim() !== '' ? own : catalogFor(language)[key];
    message = fill(template, placeholders(program, language, template));
    known.set(at, message);
  }
  return message;
}

export function allMessages(program: ProgramSettings, language: string): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of MESSAGE_KEYS) out[key] = messageFor(program, language, key);
  return out;
}

/** Fills only the placeholders a template uses: describing hours is the costly one, on every call. */
function placeholders(program: ProgramSettings, language: string, template: string): Record<string, string> {
  const values: Record<string, string> = { program: program.name };
  if (template.includes('{hours}')) values.hours = describeHours(program.hours, language);
  if (template.includes('{scope}')) {
    const text = catalogFor(language);
    const helpsWith = program.respondsTo.map((s) => text.scope[s]);
    const scope = helpsWith.length > 0 ? `${text.scopeIntro} ${listFormat(language).format(helpsWith)}.` : '';
    values.scope = program.respondsTo.includes('emergency') ? scope : `${scope} ${text.notEmergencyService}`.trim();
  }
  return values;
}

import type { FollowUpKind } from '../db/schema-dispatch';

/**
 * Texts about aftercare, to a responder's own phone. They name the response by its alias and never
 * carry the person's number or anything about them: the console shows the rest to whoever may see it.
 */
export interface CareTexts {
  /** At the follow-up's time: {alias}, {time} (local, HH:MM), {kind}, {url}. */
  reminder: string;
  /** Spoken to the responder when they pick up a follow-up call Kith placed for them: {alias}. */
  connecting: string;
  kinds: Record<FollowUpKind, string>;
}

export const careEn: CareTexts = {
  reminder: 'Kith: follow-up with {alias} today at {time} ({kind}). Open the console: {url}',
  connecting: 'Kith: connecting you for the follow-up with {alias}. They will see the line’s number, not yours.',
  kinds: { call: 'call', text: 'text', accompany: 'accompany' },
};

export const careEs: CareTexts = {
  reminder: 'Kith: seguimiento con {alias} hoy a las {time} ({kind}). Abra la consola: {url}',
  connecting: 'Kith: le conectamos para el seguimiento con {alias}. Verán el número de la línea, no el suyo.',
  kinds: { call: 'llamada', text: 'mensaje', accompany: 'acompañamiento' },
};

const CARE: Readonly<Record<string, CareTexts>> = { en: careEn, es: careEs };

/** A responder's language where these texts exist, else English. */
export function careLanguage(language: string): string {
  return Object.hasOwn(CARE, language) ? language : 'en';
}

export function careTextsFor(language: string): CareTexts {
  return CARE[language] ?? careEn;
}

export function reminderText(
  language: string,
  values: { alias: string; time: string; kind: FollowUpKind; url: string },
): string {
  const texts = careTextsFor(language);
  const fields: Record<string, string> = {
    alias: values.alias,
    time: values.time,
    kind: texts.kinds[values.kind],
    url: values.url,
  };
  return texts.reminder.replace(/\{(\w+)\}/g, (whole, name: string) => fields[name] ?? whole);
}

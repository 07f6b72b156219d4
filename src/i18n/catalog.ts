/**
 * Every sentence Kith says to a caller or a responder comes from a catalog, one per language.
 * Plain language, short sentences: people hear these while in crisis, often on a bad line.
 * `{name}` placeholders are filled by `fill()`.
 */
export interface Catalog {
  greeting: string;
  /** The keypad menu, before anything else, each line in its own language: "Para español, marque 2." */
  languageChoice: string;
  disclosures: string;
  scopeIntro: string;
  scope: Record<'emergency' | 'crisis' | 'prevention' | 'aftercare', string>;
  notEmergencyService: string;
  offHours: string;
  noAnswer: string;
  hold: string;
  holdStill: string;
  /** The provider could not hold the caller for a moment; they are held again at once. */
  holdTrouble: string;
  connected: string;
  responderEnded: string;
  callEnded: string;
  hoursAlways: string;
  hoursNone: string;
  hoursDay: string;
  hoursSpan: string;
  midnight: string;
  whisper: string;
  whisperCallerLanguage: string;
  whisperTaken: string;
  whisperGone: string;
  /**
   * To a responder who pressed 1 while the caller is still hearing the line's promises (the disclosures
   * are never cut short): they stay on the line and are joined the moment those end.
   */
  whisperEarly: string;
  /** To a responder who pressed 1 as the caller hung up: nobody was connected. */
  whisperHungUp: string;
  /** To a responder who pressed 1 but was never connected while the caller may still be waiting. */
  whisperNotConnected: string;
  whisperDeclined: string;
  afterCall: string;
  afterCallThanks: string;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

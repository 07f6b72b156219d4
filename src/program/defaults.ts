import { WEEKDAYS } from '../platform/local-time';
import { CARE_DEFAULTS } from './care';
import { DISPATCH_DEFAULTS } from './dispatch';
import { RETENTION_DEFAULTS } from './retention';
import { TEXTING_DEFAULTS } from './texting';
import type { ProgramSettings } from './types';

/** What a new program starts with: open at all hours, so a newcomer can watch a call route at once. */
export function defaultSettings(name: string): ProgramSettings {
  return {
    name,
    phoneNumber: null,
    timeZone: 'America/New_York',
    defaultCountry: 'US',
    languages: ['en', 'es'],
    respondsTo: ['crisis', 'prevention', 'aftercare'],
    hours: { weekly: WEEKDAYS.map((day) => ({ day, start: '00:00', end: '24:00' })), exceptions: [] },
    messages: {},
    ringTimeoutSeconds: 25,
    ringStrategy: 'simultaneous',
    texting: { ...TEXTING_DEFAULTS },
    retention: { ...RETENTION_DEFAULTS },
    dispatch: structuredClone(DISPATCH_DEFAULTS),
    care: { ...CARE_DEFAULTS },
  };
}

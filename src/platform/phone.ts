import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Phone numbers are parsed and validated by libphonenumber-js (Google's metadata, well kept)
 * and stored only in E.164. Returns undefined for anything that is not a real, dialable number.
 */
export function toE164(input: string, defaultCountry: string): string | undefined {
  if (!isValidCountry(defaultCountry)) return undefined;
  const parsed = parsePhoneNumberFromString(input, defaultCountry as CountryCode);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

export function isValidCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/** An E.164 number as people write it: national form in the program's own country, international elsewhere. */
export function displayNumber(e164: string, homeCountry: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === homeCountry ? parsed.formatNational() : parsed.formatInternational();
}

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * A phone number in E.164 (`+34600123456`), or `undefined` when it is not a valid number.
 * Numbers typed without a country code are read as `defaultCountry` (ISO 3166 alpha-2).
 */
export function normalisePhone(raw: string, defaultCountry: string): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry as CountryCode);
  return parsed?.isValid() ? parsed.number : undefined;
}

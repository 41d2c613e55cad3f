import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** Mexico dropped the mobile `1` after +52 in 2019; people (and WhatsApp ids) still write it. */
const LEGACY_MEXICAN_MOBILE = /^\+521(\d{10})$/;

/**
 * A phone number in E.164 (`+34600123456`), or `undefined` when it is not a valid number.
 * Numbers typed without a country code are read as `defaultCountry` (ISO 3166 alpha-2).
 */
export function normalisePhone(raw: string, defaultCountry: string): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry as CountryCode);
  if (parsed?.isValid()) return parsed.number;
  const legacy = parsed && LEGACY_MEXICAN_MOBILE.exec(parsed.number);
  return legacy ? normalisePhone(`+52${legacy[1]}`, defaultCountry) : undefined;
}

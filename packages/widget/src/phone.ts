/** Dial codes for the countries a clinic's patients most often call from; others type "+…". */
export const DIAL_CODES: Readonly<Record<string, string>> = {
  ES: '34',
  MX: '52',
  AR: '54',
  CO: '57',
  CL: '56',
  PE: '51',
  UY: '598',
  EC: '593',
  VE: '58',
  US: '1',
  GB: '44',
  IE: '353',
  FR: '33',
  DE: '49',
  PT: '351',
  NL: '31',
  BE: '32',
  CH: '41',
};

/** Countries for the select, named in the widget's language and sorted for it. */
export function countryOptions(lang: string): { code: string; label: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  return Object.entries(DIAL_CODES)
    .map(([code, dial]) => ({ code, label: `${names.of(code) ?? code} (+${dial})` }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/**
 * The number in international form: as typed when it starts with "+" or "00", else the
 * country's code plus the national number (a trunk "0" dropped). `undefined` when it can't be
 * a phone number (E.164 allows at most 15 digits; fewer than 8 is no real number).
 */
export function internationalPhone(typed: string, country: string): string | undefined {
  const compact = typed.replace(/[\s().-]/g, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return undefined;
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else {
    const dial = DIAL_CODES[country];
    if (!dial) return undefined;
    e164 = `+${dial}${compact.replace(/^0/, '')}`;
  }
  const digits = e164.length - 1;
  return digits >= 8 && digits <= 15 && !e164.startsWith('+0') ? e164 : undefined;
}

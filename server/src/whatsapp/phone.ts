import { normalisePhone } from '../booking/phone.js';

/**
 * A wa_id (digits, no `+`) as an E.164 phone for the patient record. Mexican mobiles arrive as
 * `521` + 10 digits and Argentine ones as `549` + 10 digits; the numbering plans dropped that
 * mobile digit, so libphonenumber-js refuses them until it is removed. WhatsApp has verified
 * the number, so a number the library does not know is kept as `+<digits>` rather than lost.
 */
export function waIdToE164(waId: string): string {
  let digits = waId.replace(/\D/g, '');
  if (/^521\d{10}$/.test(digits)) digits = `52${digits.slice(3)}`;
  else if (/^549\d{10}$/.test(digits)) digits = `54${digits.slice(3)}`;
  return normalisePhone(`+${digits}`, 'ZZ') ?? `+${digits}`;
}

import type { ClinicConfig } from '@psybook/client-sdk';
import type { Lang, Strings } from '../i18n/index.js';
import type { BookingFlow } from './booking-flow.js';

/** What every step's template reads. */
export interface View {
  t: Strings;
  lang: Lang;
  flow: BookingFlow;
  config: ClinicConfig;
  /** The visitor's IANA zone: times show in it, with the clinic's noted when it differs. */
  zone: string;
}

export const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Typed answers: what a patient may write instead of tapping. Both languages always work. */
import { addDays } from './clock.js';

/** Lowercase, accents removed, punctuation and extra spaces dropped: "¡Mañana!" → "manana". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[¡!¿?.,;"'()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const RESTART = new Set([
  'menu',
  'cancel',
  'cancelar',
  'reiniciar',
  'restart',
  'start over',
  'empezar de nuevo',
  'reset',
  'inicio',
  'volver a empezar',
]);
const MY_APPOINTMENTS = new Set([
  'mis citas',
  'mi cita',
  'citas',
  'my appointments',
  'my appointment',
  'appointments',
  'ver citas',
]);

/** "menu"/"menú", "cancel"/"cancelar", "reiniciar"…: start over from any step. */
export const isRestart = (text: string) => RESTART.has(normalise(text));
/** "mis citas" / "my appointments": list (and cancel) upcoming appointments. */
export const isMyAppointments = (text: string) => MY_APPOINTMENTS.has(normalise(text));

/** A bare option number ("2", "2.", "#2"). */
export function optionNumber(text: string): number | undefined {
  const match = /^#?\s*(\d{1,2})$/.exec(normalise(text));
  return match ? Number(match[1]) : undefined;
}

const WEEKDAYS: Record<string, number> = {
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dom: 0,
  lun: 1,
  mar: 2,
  mie: 3,
  jue: 4,
  vie: 5,
  sab: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

export type DayAnswer = { date: string } | { weekday: number };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "hoy", "mañana", "pasado mañana", "today", "tomorrow", a weekday ("lunes", "el viernes",
 * "Monday"), "30/11", "30/11/2026" or "2026-11-30". `today` is the clinic-local date.
 */
export function parseDay(text: string, today: string): DayAnswer | undefined {
  const t = normalise(text).replace(/^(el|on|this|este|next|proximo)\s+/, '');
  if (t === 'hoy' || t === 'today') return { date: today };
  if (t === 'manana' || t === 'tomorrow') return { date: addDays(today, 1) };
  if (t === 'pasado manana' || t === 'day after tomorrow') return { date: addDays(today, 2) };
  if (t in WEEKDAYS) return { weekday: WEEKDAYS[t]! };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { date: t };
  const dm = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(t);
  if (dm) {
    const day = Number(dm[1]);
    const month = Number(dm[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    let year = dm[3] ? Number(dm[3].length === 2 ? `20${dm[3]}` : dm[3]) : Number(today.slice(0, 4));
    let date = `${year}-${pad(month)}-${pad(day)}`;
    // "3/1" in December means next January.
    if (!dm[3] && date < today) date = `${(year += 1)}-${pad(month)}-${pad(day)}`;
    return { date };
  }
  return undefined;
}

/**
 * "17:00", "17.30", "17h", "5pm", "5:30 pm", "a las 17", "at 5": the candidate clinic-local
 * times as HH:MM, most likely first ("5" could be 05:00 or 17:00; the offered times decide).
 */
export function parseTime(text: string): string[] {
  // normalise() would drop the "." of "17.30"; keep it, and read "p.m." as "pm".
  const t = normalise(text.replace(/(\d)[.](\d)/g, '$1:$2').replace(/([ap])\.\s?m\.?/gi, '$1m')).replace(
    /^(a las|a la|at|las|sobre las)\s+/,
    '',
  );
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(h|hs|am|pm|a m|p m)?$/.exec(t);
  if (!match) return [];
  const hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 23 || minute > 59) return [];
  const suffix = match[3]?.replace(' ', '');
  const at = (h: number) => `${pad(h)}:${pad(minute)}`;
  if (suffix === 'pm') return hour >= 1 && hour <= 12 ? [at(hour === 12 ? 12 : hour + 12)] : [];
  if (suffix === 'am') return hour >= 1 && hour <= 12 ? [at(hour === 12 ? 0 : hour)] : [];
  // Nobody books therapy at 5 in the morning: an afternoon reading comes first.
  if (hour >= 1 && hour <= 11 && !match[2] && suffix !== 'h' && suffix !== 'hs') return [at(hour + 12), at(hour)];
  if (hour >= 1 && hour <= 11) return [at(hour), at(hour + 12)];
  return [at(hour)];
}

import { longDay } from '../../i18n/index.js';
import { stringsOf, type Turn } from '../turn.js';

/** "📅 lunes 30 de noviembre a las 17:00 / 👤 con Lucía Fernández" (+ the patient's name). */
export function summary(
  turn: Turn,
  item: { date: string; startTime: string; psychologistName: string },
  patient?: string,
): string {
  const t = stringsOf(turn);
  const lines = [
    `📅 ${longDay(item.date, turn.chat.context.lang)} ${t.at} ${item.startTime}`,
    `👤 ${t.withPsychologist(item.psychologistName)}`,
  ];
  if (patient) lines.push(`🙂 ${patient}`);
  return lines.join('\n');
}

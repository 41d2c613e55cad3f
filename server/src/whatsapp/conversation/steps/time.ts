import { parseDay, parseTime } from '../../answers.js';
import { localNow } from '../../clock.js';
import { longDay, shortDay } from '../../i18n/index.js';
import { freeSlots, type FreeSlot } from '../slots.js';
import { askList, nextPage, paginate, say, stringsOf, type StepHandler, type Turn } from '../turn.js';

/** The times on offer: one day's, or (after a slot was taken) the next ones across days. */
async function offered(turn: Turn): Promise<FreeSlot[]> {
  const { date, startTime = '00:00', acrossDays } = turn.chat.context;
  if (!acrossDays) return freeSlots(turn, date, date);
  // The times after the one that was taken: the nearest alternatives first.
  const after = `${date}T${startTime}`;
  return (await freeSlots(turn, date)).filter((s) => `${s.date}T${s.startTime}` > after);
}

function choose(turn: Turn, slot: FreeSlot) {
  Object.assign(turn.chat.context, { date: slot.date, startTime: slot.startTime, page: 0, acrossDays: false });
  // A patient who already gave their name (changing the time, or after a taken slot) skips it.
  return turn.goTo(turn.chat.context.lastName ? 'confirm' : 'name');
}

export const timeStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const { lang, date = '', acrossDays } = turn.chat.context;
    const slots = await offered(turn);
    if (!slots.length) {
      say(turn, t.noTimes(longDay(date, lang)));
      return turn.goTo('day');
    }
    const options = paginate(turn, slots, (s) => ({
      value: `slot:${s.date}T${s.startTime}`,
      title: acrossDays ? `${shortDay(s.date, lang)} ${s.startTime}` : s.startTime,
    }));
    askList(turn, acrossDays ? t.nextFreeTimes : t.chooseTime(longDay(date, lang)), t.timesButton, options);
  },
  async answer(turn, answer) {
    if (answer.kind === 'option' && answer.value === 'more') return nextPage(turn, this);
    const slots = await offered(turn);
    if (answer.kind === 'option') {
      const slot = slots.find((s) => answer.value === `slot:${s.date}T${s.startTime}`);
      if (!slot) {
        if (!answer.value.startsWith('slot:')) return false;
        // Taken since the list was sent: say so, and the fresh list says what is still free.
        say(turn, stringsOf(turn).slotTaken);
        await this.prompt(turn);
        return true;
      }
      await choose(turn, slot);
      return true;
    }
    const candidates = parseTime(answer.text);
    const slot = candidates.map((time) => slots.find((s) => s.startTime === time)).find((s) => s !== undefined);
    if (slot) {
      await choose(turn, slot);
      return true;
    }
    // "mañana" at the time step: the patient changed their mind about the day.
    const day = parseDay(answer.text, localNow(turn.now, turn.config.CLINIC_TIMEZONE).date);
    if (day && 'date' in day) {
      Object.assign(turn.chat.context, { date: day.date, page: 0, acrossDays: false });
      await this.prompt(turn);
      return true;
    }
    return false;
  },
};

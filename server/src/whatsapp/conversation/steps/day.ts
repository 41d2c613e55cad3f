import { parseDay } from '../../answers.js';
import { weekdayOf } from '../../../booking/clinic-time.js';
import { localNow } from '../../clock.js';
import { longDay, shortDay } from '../../i18n/index.js';
import { freeSlots } from '../slots.js';
import { askList, nextPage, paginate, say, stringsOf, type StepHandler, type Turn } from '../turn.js';

/** Days with at least one free slot, with how many. */
async function freeDays(turn: Turn): Promise<Map<string, number>> {
  const days = new Map<string, number>();
  for (const slot of await freeSlots(turn)) days.set(slot.date, (days.get(slot.date) ?? 0) + 1);
  return days;
}

function choose(turn: Turn, date: string) {
  Object.assign(turn.chat.context, { date, page: 0, acrossDays: false });
  return turn.goTo('time');
}

/** Which day: a list of days with free times, paged; or typed "mañana", "lunes", "30/11". */
export const dayStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const { lang, psychologistName = '' } = turn.chat.context;
    const days = [...(await freeDays(turn)).entries()];
    if (!days.length) return say(turn, t.noDays(psychologistName));
    const options = paginate(turn, days, ([date, count]) => ({
      value: `day:${date}`,
      title: shortDay(date, lang),
      description: t.freeTimes(count),
    }));
    askList(turn, t.chooseDay(psychologistName), t.daysButton, options);
  },
  async answer(turn, answer) {
    if (answer.kind === 'option' && answer.value === 'more') return nextPage(turn, this);
    const days = await freeDays(turn);
    let date: string | undefined;
    if (answer.kind === 'option') {
      date = answer.value.startsWith('day:') ? answer.value.slice(4) : undefined;
    } else {
      const parsed = parseDay(answer.text, localNow(turn.now, turn.config.CLINIC_TIMEZONE).date);
      if (!parsed) return false;
      date = 'date' in parsed ? parsed.date : [...days.keys()].find((d) => weekdayOf(d) === parsed.weekday);
    }
    if (!date) return false;
    if (!days.has(date)) {
      // A real day, just not a free one: say so and show the days that are.
      say(turn, stringsOf(turn).noTimes(longDay(date, turn.chat.context.lang)));
      await this.prompt(turn);
      return true;
    }
    await choose(turn, date);
    return true;
  },
};

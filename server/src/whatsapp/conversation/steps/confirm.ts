import { normalise } from '../../answers.js';
import { askButtons, stringsOf, type StepHandler } from '../turn.js';
import { book } from './book.js';
import { summary } from './summary.js';

const YES = new Set(['si', 'yes', 'ok', 'vale', 'confirmar', 'confirm', 'confirmo', 'de acuerdo', 'perfecto']);

/** The booking spelled out, with Confirm / Change time / Start over. */
export const confirmStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const { date = '', startTime = '', psychologistName = '', firstName, lastName } = turn.chat.context;
    askButtons(turn, t.confirm(summary(turn, { date, startTime, psychologistName }, `${firstName} ${lastName}`)), [
      { value: 'confirm', title: t.confirmButton },
      { value: 'change', title: t.changeTimeButton },
      { value: 'restart', title: t.startOverButton },
    ]);
  },
  async answer(turn, answer) {
    const value = answer.kind === 'option' ? answer.value : YES.has(normalise(answer.text)) ? 'confirm' : undefined;
    if (value === 'confirm') {
      await book(turn);
      return true;
    }
    if (value === 'change') {
      Object.assign(turn.chat.context, { page: 0, acrossDays: false });
      await turn.goTo('time');
      return true;
    }
    return false;
  },
};

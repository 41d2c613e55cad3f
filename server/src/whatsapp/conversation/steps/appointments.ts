import { localNow } from '../../clock.js';
import { shortDay } from '../../i18n/index.js';
import { cancelPatientAppointment, upcomingAppointments } from '../../store/catalog.js';
import { askButtons, askList, stringsOf, type StepHandler, type Turn } from '../turn.js';
import { showMenu } from './menu.js';
import { summary } from './summary.js';

function upcoming(turn: Turn) {
  const local = localNow(turn.now, turn.config.CLINIC_TIMEZONE);
  return upcomingAppointments(turn.tx, turn.phone, local.date, local.time);
}

/** "mis citas": the patient's upcoming appointments, each one a row to cancel. */
export const appointmentsStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const list = await upcoming(turn);
    if (!list.length) return showMenu(turn, t.noAppointments);
    askList(
      turn,
      t.yourAppointments,
      t.appointmentsButton,
      list.map((a) => ({
        value: `appt:${a.id}`,
        title: `${shortDay(a.date, turn.chat.context.lang)} ${a.startTime}`,
        description: a.psychologistName,
      })),
    );
  },
  async answer(turn, answer) {
    if (answer.kind !== 'option' || !answer.value.startsWith('appt:')) return false;
    turn.chat.context.cancelId = Number(answer.value.slice(5));
    await turn.goTo('cancel_confirm');
    return true;
  },
};

export const cancelConfirmStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const appointment = (await upcoming(turn)).find((a) => a.id === turn.chat.context.cancelId);
    if (!appointment) return showMenu(turn, t.alreadyGone);
    askButtons(turn, t.confirmCancel(summary(turn, appointment)), [
      { value: 'yes', title: t.cancelYes },
      { value: 'no', title: t.cancelNo },
    ]);
  },
  async answer(turn, answer) {
    if (answer.kind !== 'option' || (answer.value !== 'yes' && answer.value !== 'no')) return false;
    const t = stringsOf(turn);
    const id = turn.chat.context.cancelId;
    delete turn.chat.context.cancelId;
    if (answer.value === 'no' || id === undefined) {
      showMenu(turn, t.kept);
    } else {
      const cancelled = await cancelPatientAppointment(turn.tx, turn.phone, id);
      showMenu(turn, cancelled ? t.cancelled(summary(turn, cancelled)) : t.alreadyGone);
    }
    return true;
  },
};

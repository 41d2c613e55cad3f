import { localNow } from '../../clock.js';
import { shortDay } from '../../i18n/index.js';
import { changeAppointmentStatus } from '../../../booking/appointment-status.js';
import { upcomingOfPhone } from '../../../booking/store/appointments.js';
import { askButtons, askList, stringsOf, type StepHandler, type Turn } from '../turn.js';
import { showMenu } from './menu.js';
import { summary } from './summary.js';

function upcoming(turn: Turn, id?: number) {
  const local = localNow(turn.now, turn.config.CLINIC_TIMEZONE);
  return upcomingOfPhone(turn.tx, turn.phone, { today: local.date, time: local.time }, id);
}

/**
 * Cancels one live appointment of this patient through the same status change as every other
 * channel; undefined when it is not theirs or no longer live. The exclusion constraint covers
 * only live appointments, so the time is free again at once.
 */
async function cancelOwn(turn: Turn, id: number) {
  const [own] = await upcoming(turn, id);
  if (!own) return undefined;
  return (await changeAppointmentStatus(turn.tx, id, 'cancelled')) ? own : undefined;
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
      const cancelled = await cancelOwn(turn, id);
      showMenu(turn, cancelled ? t.cancelled(summary(turn, cancelled)) : t.alreadyGone);
    }
    return true;
  },
};

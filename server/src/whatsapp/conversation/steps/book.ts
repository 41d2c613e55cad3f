import { createBooking } from '../../../booking/booking.js';
import { isSlotGone, TooManyBookings } from '../../../booking/errors.js';
import { DomainError, NotFound } from '../../../platform/errors.js';
import { completeChat } from '../../store/chats.js';
import { recordChatEvent } from '../../store/metrics.js';
import { say, stringsOf, type Turn } from '../turn.js';
import { showMenu } from './menu.js';
import { summary } from './summary.js';

/**
 * Books through the same service as the web form, in this message's transaction; the slot is
 * re-checked there (and the exclusion constraint has the last word). A taken slot leaves the
 * transaction usable (the service uses a savepoint), so the chat moves on to other times.
 */
export async function book(turn: Turn): Promise<void> {
  const t = stringsOf(turn);
  const context = turn.chat.context;
  const { psychologistId, date, startTime, firstName, lastName, psychologistName = '' } = context;
  if (psychologistId === undefined || !date || !startTime || !firstName || !lastName) return turn.restart();
  try {
    const { appointment, patientId } = await createBooking(
      turn.tx,
      {
        psychologistId,
        date,
        startTime,
        entryMethod: 'click_to_chat',
        patient: { firstName, lastName, phone: turn.phone },
      },
      { config: turn.config, now: turn.now },
    );
    await completeChat(turn.tx, turn.chat.id, appointment.id, patientId, turn.now);
    turn.chat.status = 'completed';
    await recordChatEvent(turn.tx, context, 'chat_completed', turn.now, {
      appointmentId: appointment.id,
      userId: patientId,
      data: { psychologistId, date, startTime },
    });
    showMenu(turn, t.booked(summary(turn, { date, startTime, psychologistName }, `${firstName} ${lastName}`)));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The time is no longer bookable, or the psychologist was deactivated: offer other times.
    if (isSlotGone(error) || error instanceof NotFound) {
      say(turn, t.slotTaken);
      // startTime stays: the times offered next are the ones after it.
      Object.assign(context, { page: 0, acrossDays: true });
      return turn.goTo('time', { errorCode: error.code });
    }
    if (error instanceof TooManyBookings) return showMenu(turn, t.tooManyBookings);
    // The service refused what we sent (e.g. a name it cannot store): ask for the name again.
    say(turn, t.bookingFailed);
    delete context.lastName;
    return turn.goTo('name_typed', { errorCode: error.code });
  }
}

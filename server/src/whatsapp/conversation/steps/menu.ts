import { askButtons, stringsOf, type StepHandler, type Turn } from '../turn.js';

/** After a booking or a cancellation: My appointments / Book another. */
export function showMenu(turn: Turn, body: string): void {
  const t = stringsOf(turn);
  turn.chat.step = 'booked';
  askButtons(turn, body, [
    { value: 'appts', title: t.myAppointmentsButton },
    { value: 'another', title: t.bookAnotherButton },
  ]);
}

export const menuStep: StepHandler = {
  async prompt(turn) {
    showMenu(turn, stringsOf(turn).anythingElse);
  },
  async answer(turn, answer) {
    // "gracias", "hola" after a booking: not a mistake to correct, just show what is possible.
    if (answer.kind !== 'option') return this.prompt(turn).then(() => true);
    if (answer.value === 'appts') await turn.goTo('appointments');
    else if (answer.value === 'another') await turn.restart();
    else return false;
    return true;
  },
};

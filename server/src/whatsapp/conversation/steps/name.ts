import { normalise } from '../../answers.js';
import { askButtons, askText, stringsOf, type StepHandler, type Turn } from '../turn.js';

/** "Ana María García" → first "Ana", last "María García"; undefined without a surname. */
export function splitName(text: string): { firstName: string; lastName: string } | undefined {
  const words = text.trim().replace(/\s+/g, ' ').split(' ');
  if (words.length < 2 || text.length > 150 || /[\d@#/\\<>]/.test(text)) return undefined;
  const [firstName, ...rest] = words as [string, ...string[]];
  const lastName = rest.join(' ');
  return firstName.length <= 100 && lastName.length <= 100 ? { firstName, lastName } : undefined;
}

const YES = new Set(['si', 'yes', 'ok', 'vale', 'correcto', 'claro', 'y', 's']);

function useName(turn: Turn, name: { firstName: string; lastName: string }) {
  Object.assign(turn.chat.context, name);
  return turn.goTo('confirm');
}

/** Whose name the booking is under, offering the WhatsApp profile name when it has a surname. */
export const nameStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const profile = turn.chat.context.profileName;
    if (!profile || !splitName(profile)) return turn.goTo('name_typed');
    askButtons(turn, t.askNameConfirm(profile), [
      { value: 'yes', title: t.nameYes },
      { value: 'other', title: t.nameOther },
    ]);
  },
  async answer(turn, answer) {
    const profile = splitName(turn.chat.context.profileName ?? '');
    const yes = answer.kind === 'option' ? answer.value === 'yes' : YES.has(normalise(answer.text));
    if (yes && profile) {
      await useName(turn, profile);
      return true;
    }
    if (answer.kind === 'option') {
      if (answer.value !== 'other') return false;
      await turn.goTo('name_typed');
      return true;
    }
    const typed = splitName(answer.text);
    if (!typed) return false;
    await useName(turn, typed);
    return true;
  },
};

export const nameTypedStep: StepHandler = {
  async prompt(turn) {
    askText(turn, stringsOf(turn).askName);
  },
  async answer(turn, answer) {
    const typed = answer.kind === 'text' ? splitName(answer.text) : undefined;
    if (!typed) {
      askText(turn, stringsOf(turn).nameNeedsSurname);
      return true;
    }
    await useName(turn, typed);
    return true;
  },
};

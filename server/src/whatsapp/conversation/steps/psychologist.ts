import { normalise } from '../../answers.js';
import { listActivePsychologists } from '../../../booking/store/psychologists.js';
import { askList, nextPage, paginate, say, stringsOf, type StepHandler, type Turn } from '../turn.js';

interface PsychologistOption {
  id: number;
  name: string;
  bio: string | null;
}

const perTurn = new WeakMap<Turn, Promise<PsychologistOption[]>>();
/** Read once per message: the answer check and the re-asked list use the same rows. */
function psychologists(turn: Turn): Promise<PsychologistOption[]> {
  let list = perTurn.get(turn);
  if (!list) {
    list = listActivePsychologists(turn.tx).then((rows) =>
      rows.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, bio: p.bio })),
    );
    perTurn.set(turn, list);
  }
  return list;
}

function choose(turn: Turn, psychologist: PsychologistOption) {
  Object.assign(turn.chat.context, { psychologistId: psychologist.id, psychologistName: psychologist.name, page: 0 });
  return turn.goTo('day');
}

/** A typed name picks the one psychologist whose first or last name it contains. */
function byName(all: PsychologistOption[], text: string): PsychologistOption | undefined {
  const words = normalise(text)
    .split(' ')
    .filter((w) => w.length >= 3);
  const matches = all.filter((p) =>
    normalise(p.name)
      .split(' ')
      .some((part) => words.includes(part)),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** Who the session is with; skipped when the clinic has one psychologist. */
export const psychologistStep: StepHandler = {
  async prompt(turn) {
    const t = stringsOf(turn);
    const all = await psychologists(turn);
    if (all.length === 1) return choose(turn, all[0]!);
    if (!all.length) return say(turn, t.bookingFailed);
    const options = paginate(turn, all, (p) => ({
      value: `psy:${p.id}`,
      title: p.name,
      description: p.bio ?? undefined,
    }));
    askList(turn, t.choosePsychologist, t.psychologistsButton, options);
  },
  async answer(turn, answer) {
    if (answer.kind === 'option' && answer.value === 'more') return nextPage(turn, this);
    const all = await psychologists(turn);
    const chosen =
      answer.kind === 'option' ? all.find((p) => `psy:${p.id}` === answer.value) : byName(all, answer.text);
    if (!chosen) return false;
    await choose(turn, chosen);
    return true;
  },
};

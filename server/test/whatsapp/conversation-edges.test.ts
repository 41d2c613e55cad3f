import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';
import { appointmentsOf, chatRecord, metricsOf } from './support/db.js';
import { toConfirm } from './support/flows.js';
import { textOf } from './support/patient.js';
import { postSigned, simulatedDelivery } from './support/webhook.js';

const graph = mockGraph();

describe.each(ENGINES)('conversation edge cases on %s', (engine) => {
  const s = useWhatsappApp(engine, graph);
  const patient = s.patient;

  it('starts over on "cancelar", "reiniciar", "menú" and "restart" from any step', async () => {
    const p = patient('34600200001');
    await p.say('Hola', 2);
    await p.tap('Marta');
    await p.say('mañana');
    for (const word of ['cancelar', 'reiniciar', 'Menú']) {
      const [said] = await p.say(word, 2);
      expect(textOf(said!)).toBe('De acuerdo, empezamos de nuevo.');
      expect(p.text()).toMatch(/¿Con qué psicólogo/);
      const [chat] = await chatRecord(s.app.db, p.waId);
      expect(chat).toMatchObject({ status: 'active', current_step: 'psychologist' });
      expect(chat!.context['psychologistId']).toBeUndefined();
      await p.tap('Marta');
    }
    const en = patient('447700200002', 'Kate Bell');
    await en.say('Hi, I want to book', 2);
    await en.say('1');
    expect(textOf((await en.say('restart', 2))[0]!)).toBe("OK, let's start over.");
    expect(await chatRecord(s.app.db, en.waId)).toHaveLength(1);
  });

  it('ignores a tap on an earlier menu politely and keeps the current step', async () => {
    const p = patient('34600200003');
    await p.say('Hola', 2);
    await p.tap('Marta');
    const dayList = p.last;
    await p.tap('mar 1 dic');
    await p.tap('mié 2 dic', 1, dayList);
    expect(p.text()).toBe('Esa opción es de un mensaje anterior. Responde al último mensaje, por favor. 🙏');
    const [chat] = await chatRecord(s.app.db, p.waId);
    expect(chat).toMatchObject({ current_step: 'time' });
    expect(chat!.context['date']).toBe('2026-12-01');
  });

  it('re-asks with help when it does not understand', async () => {
    const p = patient('34600200004');
    await p.say('Hola', 2);
    await p.tap('Marta');
    const [help, again] = await p.say('qué tal el tiempo', 2);
    expect(textOf(help!)).toMatch(/^Perdona, no te he entendido\. Puedes responder con el número/);
    expect(textOf(again!)).toMatch(/¿Qué día te viene bien/);
  });

  it('offers the next free times when the slot is taken during the chat', async () => {
    const p = patient('34600200005');
    await toConfirm(p, 'Lucía', 'mañana', '17:00');
    // Someone else books Tuesday 17:00 with Lucía (on the web) before the patient confirms.
    const { rows } = await s.app.db.owner.query<{ id: number }>(
      "INSERT INTO users (first_name, last_name, phone) VALUES ('Otra', 'Persona', '+34600299999') RETURNING id",
    );
    await s.app.db.owner.query(
      `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
       SELECT $1, id, '2026-12-01', '17:00', '17:50', 'web_form' FROM psychologists WHERE first_name = 'Lucía'`,
      [rows[0]!.id],
    );
    const [sorry, next] = await p.tap('Confirmar', 2);
    expect(textOf(sorry!)).toBe('Lo siento, esa hora se acaba de ocupar. 😕');
    expect(textOf(next!)).toBe('Estas son las próximas horas libres:');
    expect(p.titles().slice(0, 2)).toEqual(['mar 1 dic 18:00', 'mié 2 dic 09:00']);
    await p.tap('mar 1 dic 18:00');
    expect(p.text()).toMatch(/a las 18:00/);
    await p.tap('Confirmar');
    expect(p.text()).toMatch(/^✅/);
    expect(await appointmentsOf(s.app.db, '+34600200005')).toEqual([
      expect.objectContaining({ date: '2026-12-01', start_time: '18:00' }),
    ]);
    const [chat] = await chatRecord(s.app.db, p.waId);
    const metrics = await metricsOf(s.app.db, [chat!.context['sessionId'] as string]);
    expect(metrics).toContainEqual(
      expect.objectContaining({ event_type: 'chat_step', step: 'time', error_code: 'slot_taken' }),
    );
    expect(metrics.filter((m) => m.event_type === 'chat_completed')).toHaveLength(1);
  });

  it('books once when the confirmation is redelivered, or delivered twice at the same moment', async () => {
    // A Mexican mobile: wa_id 521 + 10 digits, stored as +52 + 10 digits.
    const p = patient('5215512340006');
    await toConfirm(p, 'Daniel', 'mañana', '10:00');
    const redelivered = simulatedDelivery(p.tapMessage('Confirmar', p.last, 'wamid.confirm-redelivered'));
    expect(await (await postSigned(s.app.url, redelivered)).json()).toMatchObject({ messages: 1 });
    expect(await (await postSigned(s.app.url, redelivered)).json()).toMatchObject({ messages: 0, duplicates: 1 });
    await p.expectReplies(1);
    expect(await appointmentsOf(s.app.db, '+525512340006')).toHaveLength(1);

    const q = patient('34600200007');
    await toConfirm(q, 'Daniel', 'mañana', '11:00');
    const twice = simulatedDelivery(q.tapMessage('Confirmar', q.last, 'wamid.confirm-concurrent'));
    const answers = await Promise.all([postSigned(s.app.url, twice), postSigned(s.app.url, twice)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await q.expectReplies(1);
    expect(await appointmentsOf(s.app.db, '+34600200007')).toHaveLength(1);
  });

  it('books once when two different taps on Confirm race (one sender at a time)', async () => {
    const p = patient('34600200008');
    await toConfirm(p, 'Daniel', 'mañana', '12:00');
    const confirm = p.last;
    await Promise.all([
      postSigned(s.app.url, simulatedDelivery(p.tapMessage('Confirmar', confirm))),
      postSigned(s.app.url, simulatedDelivery(p.tapMessage('Confirmar', confirm))),
    ]);
    const replies = await p.expectReplies(2);
    expect(replies.map(textOf).sort()).toEqual([
      expect.stringMatching(/^Esa opción es de un mensaje anterior/),
      expect.stringMatching(/^✅/),
    ]);
    expect(await appointmentsOf(s.app.db, '+34600200008')).toHaveLength(1);
  });
});

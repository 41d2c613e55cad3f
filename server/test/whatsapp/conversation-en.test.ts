import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';
import { appointmentsOf, chatRecord, metricsOf } from './support/db.js';
import { Patient, textOf } from './support/patient.js';

const graph = mockGraph();

describe.each(ENGINES)('a booking conversation in English on %s', (engine) => {
  const s = useWhatsappApp(engine, graph);

  it('books with typed answers only: an option number, a weekday, a time and a typed name', async () => {
    // A profile name without a surname: the bot asks for the full name.
    const john = new Patient(s.app.url, graph, '447700900123', 'John');
    const [welcome] = await john.say("Hi, I'd like to book an appointment", 2);
    expect(textOf(welcome!)).toMatch(/^Hi! 👋 I'm the booking assistant of Serena Psychology/);
    expect(john.titles()).toEqual(['Lucía Fernández', 'Daniel Okafor', 'Marta Ruiz']);

    await john.say('2');
    expect(john.text()).toBe('Which day suits you for your session with Daniel Okafor?');
    expect(john.titles().slice(0, 2)).toEqual(['Mon 30 Nov', 'Tue 1 Dec']);

    await john.say('Friday');
    expect(john.text()).toBe('What time on Friday 4 December?');
    expect(john.titles()).toEqual(['10:00', '11:00', '12:00', '13:00', '16:00', '17:00', '18:00', '19:00']);

    await john.say('17:00');
    expect(john.text()).toBe('Please type the first and last name of the person attending.');
    await john.say('John');
    expect(john.text()).toMatch(/I need a first and last name/);
    await john.say('John Smith');
    expect(john.text()).toMatch(/Friday 4 December at 17:00\n👤 with Daniel Okafor\n🙂 John Smith/);
    expect(john.titles()).toEqual(['Confirm', 'Change time', 'Start over']);

    await john.say('yes');
    expect(john.text()).toMatch(/^✅ You're booked!/);
    expect(john.titles()).toEqual(['My appointments', 'Book another']);

    expect(await appointmentsOf(s.app.db, '+447700900123')).toEqual([
      expect.objectContaining({
        psychologist: 'Daniel Okafor',
        date: '2026-12-04',
        start_time: '17:00',
        status: 'scheduled',
        entry_method: 'click_to_chat',
        first_name: 'John',
        last_name: 'Smith',
      }),
    ]);
    const [chat] = await chatRecord(s.app.db, john.waId);
    expect(chat).toMatchObject({ status: 'completed', entry_method: 'click_to_chat' });
    expect(chat!.appointment_id).toBe((await appointmentsOf(s.app.db, '+447700900123'))[0]!.id);
    // No reference code in the message: the chat has a session of its own.
    const sessionId = chat!.context['sessionId'] as string;
    expect(sessionId).toMatch(/^wa_/);
    const metrics = await metricsOf(s.app.db, [sessionId]);
    expect(metrics.map((m) => (m.event_type === 'chat_step' ? `step:${m.step}` : m.event_type))).toEqual([
      'chat_started',
      'step:psychologist',
      'step:day',
      'step:time',
      'step:name_typed',
      'step:confirm',
      'chat_completed',
    ]);
  });

  it('switches language on request and answers in it', async () => {
    const ana = new Patient(s.app.url, graph, '447700900124', 'Ana Pérez');
    await ana.say('Hello', 2);
    await ana.say('español');
    expect(ana.text()).toBe('¿Con qué psicólogo/a quieres la cita?');
    await ana.say('English');
    expect(ana.text()).toBe('Who would you like to see?');
  });
});

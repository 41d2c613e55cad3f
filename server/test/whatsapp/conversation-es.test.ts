import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';
import { MONDAY_8AM } from './support/app.js';
import { appointmentsOf, chatRecord, metricsOf } from './support/db.js';
import { Patient, textOf } from './support/patient.js';

const graph = mockGraph();

describe.each(ENGINES)('a booking conversation in Spanish on %s', (engine) => {
  const clock = { now: MONDAY_8AM };
  const s = useWhatsappApp(engine, graph, clock);

  it('books from the click-to-chat message to a completed chat, with the funnel in metrics', async () => {
    const ana = new Patient(s.app.url, graph, '34600111222', 'Ana García');
    const [welcome] = await ana.say('Hola, quiero reservar una cita (ref: web_session_123)', 2);
    expect(textOf(welcome!)).toMatch(/^¡Hola! 👋/);
    expect(ana.text()).toMatch(/¿Con qué psicólogo/);
    expect(ana.titles()).toEqual(['Lucía Fernández', 'Daniel Okafor', 'Marta Ruiz']);

    await ana.tap('Lucía');
    expect(ana.text()).toMatch(/¿Qué día te viene bien para la cita con Lucía Fernández\?/);
    // Nine days and a "more" row: within the 10-row limit, the rest a tap away.
    expect(ana.titles()).toHaveLength(10);
    expect(ana.titles()[0]).toBe('lun 30 nov');
    expect(ana.titles().at(-1)).toMatch(/Más opciones/);
    await ana.tap('Más opciones');
    expect(ana.titles()[0]).toBe('vie 11 dic');

    await ana.say('mañana');
    expect(ana.text()).toBe('¿A qué hora el martes 1 de diciembre?');
    expect(ana.titles()).toEqual(['09:00', '10:00', '11:00', '12:00', '15:00', '16:00', '17:00', '18:00']);

    await ana.say('5pm');
    expect(ana.text()).toMatch(/¿Ana García\?/);
    expect(ana.titles()).toEqual(['Sí, es correcto', 'Otro nombre']);

    await ana.tap('Sí');
    expect(ana.text()).toMatch(/martes 1 de diciembre a las 17:00\n👤 con Lucía Fernández\n🙂 Ana García/);
    expect(ana.titles()).toEqual(['Confirmar', 'Cambiar hora', 'Empezar de nuevo']);

    await ana.tap('Confirmar');
    expect(ana.text()).toMatch(/^✅ ¡Cita reservada!/);
    expect(ana.titles()).toEqual(['Mis citas', 'Otra cita']);

    const [appointment, ...others] = await appointmentsOf(s.app.db, '+34600111222');
    expect(others).toEqual([]);
    expect(appointment).toMatchObject({
      psychologist: 'Lucía Fernández',
      date: '2026-12-01',
      start_time: '17:00',
      status: 'scheduled',
      entry_method: 'click_to_chat',
      first_name: 'Ana',
      last_name: 'García',
    });
    const [chat] = await chatRecord(s.app.db, ana.waId);
    expect(chat).toMatchObject({
      status: 'completed',
      appointment_id: appointment!.id,
      entry_method: 'click_to_chat',
      current_step: 'booked',
    });
    expect(chat!.user_id).not.toBeNull();

    const metrics = await metricsOf(s.app.db, ['web_session_123']);
    expect(metrics.map((m) => (m.event_type === 'chat_step' ? `step:${m.step}` : m.event_type))).toEqual([
      'chat_started',
      'step:psychologist',
      'step:day',
      'step:time',
      'step:name',
      'step:confirm',
      'chat_completed',
    ]);
    expect(metrics.every((m) => m.entry_method === 'click_to_chat' && m.time_taken !== null)).toBe(true);
    expect(metrics.at(-1)).toMatchObject({ appointment_id: appointment!.id, user_id: chat!.user_id });
  });

  it('sent every reply to the Graph API with the configured access token', () => {
    expect(graph.requests.length).toBeGreaterThan(0);
    expect(graph.requests.every((r) => r.authorization === 'Bearer test-access-token')).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { sweepIdleChats } from '../../src/whatsapp/sweeper.js';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';
import { MONDAY_8AM } from './support/app.js';
import { appointmentsOf, chatRecord, metricsOf } from './support/db.js';
import { toConfirm } from './support/flows.js';
import { textOf } from './support/patient.js';
import { postSigned, simulatedDelivery } from './support/webhook.js';

const graph = mockGraph();

describe.each(ENGINES)('chat lifecycle on %s', (engine) => {
  const clock = { now: MONDAY_8AM };
  const s = useWhatsappApp(engine, graph, clock);
  const patient = (waId: string) => s.patient(waId);
  const sessionOf = (chat: { context: Record<string, unknown> } | undefined) => chat!.context['sessionId'] as string;

  it('lists the patient’s appointments and cancels one in the chat, then books another in a new chat', async () => {
    // An Argentine mobile: wa_id 549 + 10 digits, the patient's phone +54 + 10 digits.
    const p = patient('5491123450001');
    await toConfirm(p, 'Marta', 'mañana', '10:00');
    await p.tap('Confirmar');
    await p.say('¡Gracias!');
    expect(p.text()).toBe('¿Te ayudo con algo más?');
    await p.tap('Mis citas');
    expect(p.text()).toBe('Tus próximas citas. Elige una si quieres cancelarla.');
    expect(p.last[0]!.body.interactive!.action.sections![0]!.rows).toEqual([
      expect.objectContaining({ title: 'mar 1 dic 10:00', description: 'Marta Ruiz' }),
    ]);
    await p.tap('mar 1 dic 10:00');
    expect(p.text()).toMatch(/^¿Cancelo esta cita\?\n📅 martes 1 de diciembre a las 10:00/);
    await p.tap('Sí, cancelar');
    expect(p.text()).toMatch(/^Cita cancelada:/);
    expect(await appointmentsOf(s.app.db, '+541123450001')).toEqual([expect.objectContaining({ status: 'cancelled' })]);

    await p.say('mis citas');
    expect(p.text()).toBe('No tienes citas próximas.');
    expect(p.titles()).toEqual(['Mis citas', 'Otra cita']);
    await p.tap('Otra cita');
    expect(p.text()).toMatch(/¿Con qué psicólogo/);
    const chats = await chatRecord(s.app.db, p.waId);
    expect(chats.map((c) => c.status)).toEqual(['completed', 'active']);
    expect((await metricsOf(s.app.db, [sessionOf(chats[1])])).map((m) => m.event_type)).toEqual([
      'chat_started',
      'chat_step',
    ]);
  });

  it('keeps the booking when the reply cannot be sent (24-hour window closed)', async () => {
    const p = patient('34600300002');
    await toConfirm(p, 'Marta', 'mañana', '11:00');
    graph.failWith({ status: 400, code: 131047 });
    const res = await postSigned(s.app.url, simulatedDelivery(p.tapMessage('Confirmar')));
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(graph.pendingFailures()).toBe(0));
    expect(await appointmentsOf(s.app.db, '+34600300002')).toEqual([
      expect.objectContaining({ start_time: '11:00', status: 'scheduled' }),
    ]);
    expect((await chatRecord(s.app.db, p.waId))[0]).toMatchObject({ status: 'completed' });
    await vi.waitFor(() =>
      expect(s.app.logs.some((l) => l['kind'] === 'outside_window' && l['code'] === 131047)).toBe(true),
    );
  });

  it('marks idle chats abandoned once, even with two sweepers at once, and starts afresh after', async () => {
    const p = patient('34600300003');
    await p.say('Hola', 2);
    await p.tap('Marta');
    const lazy = patient('34600300004');
    await lazy.say('Hola', 2);

    clock.now = new Date(MONDAY_8AM.getTime() + 29 * 60_000);
    expect(await sweepIdleChats(s.app.db, s.app.config, clock.now)).toBe(0);
    clock.now = new Date(MONDAY_8AM.getTime() + 31 * 60_000);
    // The lazy patient writes before any sweep: their old chat is ended on the spot.
    const [welcome] = await lazy.say('Hola otra vez', 2);
    expect(textOf(welcome!)).toMatch(/^¡Hola!/);

    const swept = await Promise.all([
      sweepIdleChats(s.app.db, s.app.config, clock.now),
      sweepIdleChats(s.app.db, s.app.config, clock.now),
    ]);
    expect(swept[0] + swept[1]).toBeGreaterThanOrEqual(1);
    expect(await sweepIdleChats(s.app.db, s.app.config, clock.now)).toBe(0);

    for (const waId of [p.waId, lazy.waId]) {
      const [old] = await chatRecord(s.app.db, waId);
      expect(old).toMatchObject({ status: 'abandoned' });
      const metrics = await metricsOf(s.app.db, [sessionOf(old)]);
      expect(metrics.filter((m) => m.event_type === 'chat_abandoned')).toEqual([
        expect.objectContaining({ entry_method: 'click_to_chat', step: waId === p.waId ? 'day' : 'psychologist' }),
      ]);
    }
    const { rows } = await s.app.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM metrics WHERE event_type = 'chat_abandoned' AND session_id LIKE 'wa\\_%'",
    );
    expect(rows[0]!.n).toBe(swept[0] + swept[1] + 1);

    await p.say('Hola', 2);
    expect((await chatRecord(s.app.db, p.waId)).map((c) => c.status)).toEqual(['abandoned', 'active']);
  });
});

import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';

const graph = mockGraph();

describe.each(ENGINES)('control characters from WhatsApp on %s (hardening 10)', (engine) => {
  const s = useWhatsappApp(engine, graph);

  it('books a patient whose profile name and typed name hold a NUL, instead of answering 503 for ever', async () => {
    const ana = s.patient('34600999001', 'Ana\u0000 Gar\u0007cía');
    await ana.say('Hola\u0000, quiero una cita', 2);
    await ana.tap('Lucía');
    await ana.tap('lun 30 nov');
    await ana.tap('10:00');
    // The profile name is offered, cleaned; typing a name with a NUL in it works too.
    expect(ana.text()).toContain('Ana García');
    await ana.tap('Otro nombre');
    await ana.say('Ana\u0000 María Gil');
    await ana.tap('Confirmar');
    const { rows } = await s.app.db.owner.query<{ first_name: string; last_name: string }>(
      `SELECT first_name, last_name FROM users WHERE phone = '+34600999001'`,
    );
    expect(rows).toEqual([{ first_name: 'Ana', last_name: 'María Gil' }]);
  });
});

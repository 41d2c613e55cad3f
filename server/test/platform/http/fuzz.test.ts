import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { MONDAY, NOW, seedClinic, type Clinic } from '@psybook/testkit/clinic';

/** Tables a refused request must leave as they were (rate-limit counters count every hit). */
const TABLES = [
  'appointments',
  'users',
  'metrics',
  'psychologists',
  'availability',
  'chat_sessions',
  'psybook_private.manage_tokens',
  'psybook_private.idempotency_keys',
];

/** Strings people and attackers send: NULs, control characters, astral planes, SQL, huge. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'Ana\u0000', 'a\u0007b', '\u202Eevil', '𝕏'.repeat(60), "' OR 1=1 --", 'x'.repeat(5000), ''),
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 31 - 1, -1, 0, 2 ** 53, Number.MAX_VALUE, 1.5),
  fc.double(),
);
const date = fc.oneof(
  fc.constantFrom(MONDAY, '0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '1899-12-31'),
  nasty,
);
const time = fc.oneof(fc.constantFrom('10:00', '24:00', '09:60', '9:00'), nasty);

/**
 * A valid body with one field (at a dotted path) replaced by an arbitrary value: most bugs hide
 * behind every other check passing, which random bodies alone almost never do.
 */
function oneFieldWrong(valid: () => Record<string, unknown>, paths: string[], value: fc.Arbitrary<unknown>) {
  return fc.tuple(fc.constantFrom(...paths), value).map(([path, v]) => {
    const body = valid();
    const keys = path.split('.');
    let target = body;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys.at(-1)!] = v;
    return body;
  });
}

interface Sent {
  status: number;
  type: string | null;
}

describe.each(ENGINES)('every public endpoint under fuzzing on %s (hardening 10)', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
    admin = `Bearer ${await app.token('admin', '00000000-0000-4000-8000-000000000001')}`;
  });
  afterAll(() => app.close());

  const counts = async () => {
    const parts = TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS "${t}"`).join(', ');
    return (await app.db.owner.query(`SELECT ${parts}`)).rows[0];
  };

  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    await res.arrayBuffer();
    return { status: res.status, type: res.headers.get('content-type') } satisfies Sent;
  }

  /** The property every request must keep: never a 5xx; a refusal is problem+json and writes nothing. */
  async function holds(request: () => Promise<Sent>) {
    const before = await counts();
    const answer = await request();
    expect(answer.status, 'no 5xx').toBeLessThan(500);
    if (answer.status >= 400) {
      expect(answer.type).toMatch(/application\/problem\+json/);
      expect(await counts()).toEqual(before);
    }
  }

  const runs = { numRuns: 40 };
  const q = (value: unknown) => encodeURIComponent(String(value));

  it('POST /v1/bookings', async () => {
    const booking = fc.record(
      {
        psychologistId: fc.oneof(fc.constant(clinic.anaId), nastyNumber, nasty),
        date,
        startTime: time,
        entryMethod: fc.oneof(fc.constantFrom('web_form', 'click_to_chat'), nasty),
        sessionId: nasty,
        notes: nasty,
        patient: fc.oneof(
          fc.record(
            { firstName: nasty, lastName: nasty, phone: fc.oneof(fc.constant('+34600111222'), nasty), email: nasty },
            { requiredKeys: ['firstName', 'lastName', 'phone'] },
          ),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    let slot = 0;
    const valid = () => ({
      psychologistId: clinic.anaId,
      // A different free slot each time, so a body that is valid but for the field gets that far.
      date: `2026-03-${String(2 + (slot % 5)).padStart(2, '0')}`,
      startTime: `${String(9 + (Math.floor(slot++ / 5) % 4)).padStart(2, '0')}:00`,
      entryMethod: 'web_form',
      notes: 'first visit',
      patient: { firstName: 'Ana', lastName: 'Gil', phone: '+34600111222', email: 'ana@example.test' },
    });
    const fields = ['psychologistId', 'date', 'startTime', 'entryMethod', 'notes', 'sessionId'];
    const people = ['patient.firstName', 'patient.lastName', 'patient.phone', 'patient.email'];
    const wrong = oneFieldWrong(valid, [...fields, ...people], fc.oneof(nasty, nastyNumber, fc.jsonValue()));
    await fc.assert(
      fc.asyncProperty(fc.oneof(wrong, wrong, booking, fc.jsonValue()), async (body) =>
        holds(() => send('POST', '/v1/bookings', body)),
      ),
      { numRuns: 80 },
    );
  });

  it('GET /v1/psychologists/:id/slots', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nastyNumber, nasty), date, date, async (id, from, to) =>
        holds(() => send('GET', `/v1/psychologists/${q(id)}/slots?from=${q(from)}&to=${q(to)}`)),
      ),
      runs,
    );
  });

  it('POST /v1/metrics, JSON and text/plain', async () => {
    const event = fc.record(
      {
        sessionId: nasty,
        entryMethod: fc.oneof(fc.constantFrom('web_form', 'click_to_chat'), nasty),
        eventType: fc.oneof(fc.constantFrom('widget_view', 'booking_confirmed', 'chat_completed'), nasty),
        timeTaken: nastyNumber,
        appointmentId: nastyNumber,
        data: fc.oneof(fc.jsonValue(), fc.record({ step: nasty, source: nasty }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    const batch = fc.oneof(fc.record({ events: fc.array(event, { maxLength: 3 }) }), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(batch, fc.boolean(), async (body, asText) =>
        holds(() => send('POST', '/v1/metrics', JSON.stringify(body), asText ? { 'content-type': 'text/plain' } : {})),
      ),
      runs,
    );
  });

  it('the manage link: GET, cancel, reschedule', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.jsonValue(), date, time, async (token, body, d, t) => {
        await holds(() => send('GET', `/v1/bookings/${q(token)}`));
        await holds(() => send('POST', `/v1/bookings/${q(token)}/cancel`));
        await holds(() => send('POST', `/v1/bookings/${q(token)}/reschedule`, fc.sample(fc.constant(body), 1)[0]));
        await holds(() => send('POST', `/v1/bookings/${q(token)}/reschedule`, { date: d, startTime: t }));
      }),
      { numRuns: 20 },
    );
  });

  it('staff and admin writes and the report, as an admin', async () => {
    const psychologist = fc.record(
      { firstName: nasty, lastName: nasty, email: nasty, phone: nasty, bio: nasty, isActive: fc.jsonValue() },
      { requiredKeys: [] },
    );
    let n = 0;
    const validPsychologist = () => ({ firstName: 'Eva', lastName: 'Sanz', email: `eva${n++}@fuzz.test`, bio: 'CBT' });
    const wrongPsychologist = oneFieldWrong(
      validPsychologist,
      ['firstName', 'lastName', 'email', 'phone', 'bio', 'isActive'],
      fc.oneof(nasty, nastyNumber, fc.jsonValue()),
    );
    const body = fc.oneof(wrongPsychologist, wrongPsychologist, psychologist);
    const patch = fc.oneof(fc.record({ notes: nasty }), fc.record({ status: nasty }), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(body, nastyNumber, patch, date, date, async (body, id, patch, from, to) => {
        const auth = { authorization: admin };
        await holds(() => send('POST', '/v1/admin/psychologists', body, auth));
        await holds(() => send('PATCH', `/v1/appointments/${q(id)}`, patch, auth));
        await holds(() => send('PATCH', `/v1/admin/psychologists/${q(id)}`, body, auth));
        await holds(() => send('GET', `/v1/admin/reports/ab?from=${q(from)}&to=${q(to)}`, undefined, auth));
        await holds(() =>
          send('GET', `/v1/admin/appointments?from=${q(from)}&psychologistId=${q(id)}`, undefined, auth),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('a bearer token that is not ours, or claims what it may not', async () => {
    await fc.assert(
      fc.asyncProperty(
        // What a header can carry (fetch refuses the rest before anything is sent).
        fc.oneof(
          fc.stringMatching(/^[\x21-\x7e]{1,300}$/),
          fc.jsonValue().map((v) => JSON.stringify(v).replace(/[^\x21-\x7e]/g, '') || 'x'),
        ),
        async (token) =>
          holds(() => send('GET', '/v1/me/appointments', undefined, { authorization: `Bearer ${token}` })),
      ),
      runs,
    );
  });
});

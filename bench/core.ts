import { listSlots } from '../server/src/booking/slots.js';
import { dateOfDay, dayNumber, localDateOf } from '../server/src/booking/clinic-time.js';
import type { BenchContext } from './context.js';
import { atTenAndFifty } from './load.js';

/** The three measurements: a trivial endpoint, 30 days of slots, and bookings. */
export async function coreScenarios(ctx: BenchContext) {
  const duration = ctx.durationSeconds;
  const today = localDateOf(new Date(), ctx.config.CLINIC_TIMEZONE);
  const healthz = await atTenAndFifty({ url: `${ctx.url}/healthz`, duration });

  const to = dateOfDay(dayNumber(today) + 29);
  const slots = await atTenAndFifty({
    url: ctx.url,
    duration,
    requests: ctx.psychologistIds.map((id) => ({
      method: 'GET' as const,
      path: `/v1/psychologists/${id}/slots?from=${today}&to=${to}`,
    })),
  });

  // Every booking takes a distinct free slot, listed before the run, and a distinct phone.
  const free: { psychologistId: number; date: string; startTime: string }[] = [];
  for (const psychologistId of ctx.psychologistIds) {
    for (let start = dayNumber(today); start <= dayNumber(today) + ctx.config.BOOKING_HORIZON_DAYS; start += 60) {
      const query = { psychologistId, from: dateOfDay(start), to: dateOfDay(start + 59) };
      const data = await ctx.db.withClaims({ role: 'anon' }, (tx) =>
        listSlots(tx, query, { config: ctx.config, now: new Date() }),
      );
      free.push(...data.map((slot) => ({ psychologistId, date: slot.date, startTime: slot.startTime })));
    }
  }
  free.sort(() => Math.random() - 0.5);
  let next = 0;
  const bookings = await atTenAndFifty({
    url: ctx.url,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/v1/bookings',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const slot = free[next % free.length]!;
          const n = next++;
          return {
            ...request,
            body: JSON.stringify({
              ...slot,
              entryMethod: 'web_form',
              patient: { firstName: 'Bench', lastName: 'Patient', phone: `+3462${String(n).padStart(7, '0')}` },
            }),
          };
        },
      },
    ],
  });
  return {
    healthz,
    slots30Days: slots,
    bookings: { ...bookings, freeSlotsAvailable: free.length, bookingsAttempted: next },
    ratioSlotsToHealthz: {
      c10: round(slots.c10.requestsPerSecond / healthz.c10.requestsPerSecond),
      c50: round(slots.c50.requestsPerSecond / healthz.c50.requestsPerSecond),
    },
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

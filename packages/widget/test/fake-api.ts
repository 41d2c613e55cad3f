import type { ClinicConfig, CreateBooking, FetchLike, MetricEvent, Psychologist, Slot } from '@psybook/client-sdk';

/** A wall-clock time in a zone as an exact instant (ISO, UTC), correct across DST changes. */
export function zonedInstant(date: string, time: string, zone: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(guess));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const wall = Date.parse(`${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:00Z`);
  return new Date(guess - (wall - guess)).toISOString();
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const PSYCHOLOGISTS: Psychologist[] = [
  { id: 1, firstName: 'Lucía', lastName: 'Fernández', bio: 'Anxiety and stress; cognitive behavioural therapy.' },
  { id: 2, firstName: 'Daniel', lastName: 'Okafor', bio: 'Couples and family therapy.' },
];

export interface FakeApiOptions {
  webFormShare?: number;
  timezone?: string;
  psychologists?: Psychologist[];
  /** Days from today that have slots. @default 1 to 14 */
  days?: number;
}

type Failure = 'network' | { status: number; code: string; errors?: { field: string; message: string }[] };

/**
 * The Psybook API as the widget sees it, in memory, answering through the client's `fetch`
 * option. Answers follow the contract (the SDK validates them with the real zod schemas here).
 */
export class FakeApi {
  readonly config: ClinicConfig;
  readonly psychologists: Psychologist[];
  readonly bookings: CreateBooking[] = [];
  readonly metrics: MetricEvent[] = [];
  readonly requests: { method: string; path: string; idempotencyKey: string | null }[] = [];
  /** Slots free per psychologist (the same times for everyone, booked ones removed). */
  private readonly times = ['10:00', '11:00', '16:30'];
  private readonly days: number;
  private readonly taken = new Set<string>();
  private failures: { route: string; failure: Failure; times: number }[] = [];
  private gate: Promise<void> | undefined;

  constructor(options: FakeApiOptions = {}) {
    this.config = {
      clinicName: 'Clínica Serena',
      timezone: options.timezone ?? 'Europe/Madrid',
      whatsappNumber: '+34600000000',
      experiment: { webFormShare: options.webFormShare ?? 1 },
      sessionMinutes: 50,
      bookingHorizonDays: 60,
      defaultCountry: 'ES',
    };
    this.psychologists = options.psychologists ?? PSYCHOLOGISTS;
    this.days = options.days ?? 14;
  }

  /** Makes the next `times` requests to `route` ("POST /v1/bookings") fail this way. */
  fail(route: string, failure: Failure, times = 1): void {
    this.failures.push({ route, failure, times });
  }

  /** Holds every answer until the returned function is called, to see the widget wait. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  /** Books a slot behind the widget's back, as another patient would. */
  takeSlot(psychologistId: number, date: string, startTime: string): void {
    this.taken.add(`${psychologistId}/${date}/${startTime}`);
  }

  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone }).format(new Date());
  }

  slotsFor(psychologistId: number, from: string, to: string): Slot[] {
    const slots: Slot[] = [];
    for (let d = 1; d <= this.days; d++) {
      const date = addDays(this.today(), d);
      if (date < from || date > to) continue;
      for (const startTime of this.times) {
        if (this.taken.has(`${psychologistId}/${date}/${startTime}`)) continue;
        const startsAt = zonedInstant(date, startTime, this.config.timezone);
        const endsAt = new Date(Date.parse(startsAt) + 50 * 60_000).toISOString();
        const endTime = new Intl.DateTimeFormat('en-GB', {
          timeZone: this.config.timezone,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(endsAt));
        slots.push({ date, startTime, endTime, startsAt, endsAt });
      }
    }
    return slots;
  }

  readonly fetch: FetchLike = async (input, init) => {
    if (this.gate) await this.gate;
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    this.requests.push({ method, path: url.pathname, idempotencyKey: headers.get('idempotency-key') });
    const route = `${method} ${url.pathname.replace(/\/\d+\//, '/:id/')}`;
    const failure = this.failures.find((f) => f.route === route && f.times > 0);
    if (failure) {
      failure.times--;
      if (failure.failure === 'network') throw new TypeError('Failed to fetch');
      const { status, code, errors } = failure.failure;
      return problem(status, code, errors);
    }
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    return this.answer(route, url, body);
  };

  private answer(route: string, url: URL, body: unknown): Response {
    switch (route) {
      case 'GET /v1/config':
        return json(200, this.config);
      case 'GET /v1/psychologists':
        return json(200, { data: this.psychologists });
      case 'GET /v1/psychologists/:id/slots': {
        const id = Number(url.pathname.split('/')[3]);
        const data = this.slotsFor(id, url.searchParams.get('from')!, url.searchParams.get('to')!);
        return json(200, { timezone: this.config.timezone, data });
      }
      case 'POST /v1/bookings':
        return this.book(body as CreateBooking);
      case 'POST /v1/metrics':
        this.metrics.push(...(body as { events: MetricEvent[] }).events);
        return json(202, { accepted: (body as { events: unknown[] }).events.length });
      default:
        return problem(404, 'not_found');
    }
  }

  private book(booking: CreateBooking): Response {
    const key = `${booking.psychologistId}/${booking.date}/${booking.startTime}`;
    const slot = this.slotsFor(booking.psychologistId, booking.date, booking.date).find(
      (s) => s.startTime === booking.startTime,
    );
    if (this.taken.has(key) || !slot) return problem(409, 'slot_taken');
    this.taken.add(key);
    this.bookings.push(booking);
    const appointment = {
      id: 100 + this.bookings.length,
      psychologistId: booking.psychologistId,
      date: slot.date,
      startTime: slot.startTime,
      endTime: slot.endTime,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: 'scheduled' as const,
      entryMethod: booking.entryMethod,
    };
    return json(201, { appointment, manageToken: 'mt_abcdefghijklmnopqrstuvwxyz012345' });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function problem(status: number, code: string, errors?: { field: string; message: string }[]): Response {
  const body = {
    type: `https://psybook.dev/problems/${code}`,
    title: code,
    status,
    code,
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

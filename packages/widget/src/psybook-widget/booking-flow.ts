import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { BookingCreated, ClinicConfig, EventData, EventType, Psychologist, Slot } from '@psybook/client-sdk';
import { newSessionId } from '@psybook/client-sdk';
import { describeFailure, type Client, type Failure, type FormField } from '../api.js';
import type { Step } from '../events.js';
import type { Strings } from '../i18n/index.js';
import { addMonths } from '../format.js';
import { BookableWindow } from './bookable-window.js';
import { internationalPhone } from '../phone.js';

export type Field = FormField;
/** Errors are string keys, so a message follows the widget's language if it changes. */
export type ErrorKey = Extract<keyof Strings, `err${string}`>;

/**
 * What to tell the patient about a field the server refused. The server's phone rule is the
 * rule (the widget's own check only builds the international form), so its refusal has its own words.
 */
const REFUSED: Record<Field, ErrorKey> = {
  firstName: 'errServerField',
  lastName: 'errServerField',
  phone: 'errPhoneRefused',
  email: 'errEmail',
  notes: 'errNotes',
};

export interface Details {
  firstName: string;
  lastName: string;
  country: string;
  phone: string;
  email: string;
  notes: string;
}

/** What the form needs from the element that hosts it. */
export interface FlowHost extends ReactiveControllerHost {
  readonly client: Client | undefined;
  readonly config: ClinicConfig | undefined;
  readonly sessionId: string;
  /** Entered a step because the patient did something: focus its heading, tell the page. */
  entered(step: Step, data: EventData): void;
  /** Move focus to the first field with an error once it is drawn. */
  focusFirstError(): void;
  track(eventType: EventType, data?: EventData, appointmentId?: number): void;
  failed(failure: Failure, step: Step): void;
  booked(result: BookingCreated): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The web form's state machine: psychologist → day → time → details → review → confirmed.
 * It knows nothing about rendering; the element draws whatever step it is in.
 */
export class BookingFlow {
  step: Step = 'psychologist';
  psychologists: Psychologist[] = [];
  psychologist: Psychologist | undefined;
  /** 'YYYY-MM' month the calendar shows. */
  month = '';
  date: string | undefined;
  slot: Slot | undefined;
  details: Details = { firstName: '', lastName: '', country: 'ES', phone: '', email: '', notes: '' };
  errors: Partial<Record<Field, ErrorKey>> = {};
  /** Shown above the times after the chosen one was taken. */
  notice: '' | 'slotTaken' = '';
  submitting = false;
  submitFailure: Failure | undefined;
  result: BookingCreated | undefined;
  /** Set when the page preset the psychologist or there is only one: no first step. */
  private choiceSkipped = false;
  /** Whether an empty first month should turn to the next one by itself. */
  private skipEmptyMonth = true;
  /** One key per confirmation attempt, so "Try again" after a lost answer cannot book twice. */
  private idempotencyKey: string | undefined;

  /** The clinic's free slots in the month on show; refetched when the month or person changes. */
  readonly slots: Task<[number | undefined, string], Slot[]>;

  constructor(private readonly host: FlowHost) {
    this.slots = new Task(host, {
      args: () => [this.psychologist?.id, this.month] as [number | undefined, string],
      task: async ([psychologistId, month], { signal }) => {
        const range = this.window.range(month);
        if (!psychologistId || !range || !this.host.client) return [];
        const list = await this.host.client.slots.list({ psychologistId, ...range }, { signal });
        return list.data;
      },
      onError: (error) => this.host.failed(describeFailure(error), this.step),
      onComplete: (slots) => {
        if (!this.psychologist) return;
        // Late in a month the first one shown may have nothing left: open the next one instead.
        if (this.skipEmptyMonth && !slots.length && this.canGoForwardMonth) this.showMonth(1);
        this.skipEmptyMonth = false;
      },
    });
  }

  /** Starts the form with the clinic's people; one (or a preset one) skips the first step. */
  start(psychologists: Psychologist[], preset: number | undefined, country: string): void {
    this.psychologists = psychologists;
    this.details = { ...this.details, country };
    this.month = this.window.firstMonth;
    this.skipEmptyMonth = true;
    const chosen =
      psychologists.find((p) => p.id === preset) ?? (psychologists.length === 1 ? psychologists[0] : undefined);
    this.choiceSkipped = !!chosen;
    if (chosen) {
      this.psychologist = chosen;
      this.host.track('psychologist_selected', { psychologistId: chosen.id, source: preset ? 'preset' : 'only_one' });
      this.step = 'date';
    } else {
      this.step = 'psychologist';
    }
  }

  /** The steps this visitor goes through, for "Step n of m". */
  get steps(): Step[] {
    const all: Step[] = ['psychologist', 'date', 'time', 'details', 'review'];
    return this.choiceSkipped ? all.slice(1) : all;
  }

  choosePsychologist(psychologist: Psychologist): void {
    this.psychologist = psychologist;
    this.date = undefined;
    this.slot = undefined;
    this.month = this.window.firstMonth;
    this.skipEmptyMonth = true;
    this.go('date', { psychologistId: psychologist.id });
    this.host.track('psychologist_selected', { psychologistId: psychologist.id });
  }

  showMonth(delta: number): void {
    const next = addMonths(this.month, delta);
    if (next < this.window.firstMonth || next > this.window.lastMonth) return;
    this.month = next;
    this.host.requestUpdate();
  }

  get canGoBackMonth(): boolean {
    return this.month > this.window.firstMonth;
  }
  get canGoForwardMonth(): boolean {
    return this.month < this.window.lastMonth;
  }

  chooseDate(date: string): void {
    this.date = date;
    this.notice = '';
    this.go('time', { date });
    this.host.track('date_selected', { date });
  }

  chooseSlot(slot: Slot): void {
    this.slot = slot;
    this.notice = '';
    this.go('details', { date: slot.date, startTime: slot.startTime });
    this.host.track('slot_selected', { date: slot.date, startTime: slot.startTime });
  }

  update(field: keyof Details, value: string): void {
    this.details = { ...this.details, [field]: value };
    // An error clears once the patient fixes it, not while they type the first letter.
    const name = field as Field;
    if (this.errors[name] && !this.validate()[name]) {
      const errors = { ...this.errors };
      delete errors[name];
      this.errors = errors;
      this.host.requestUpdate();
    }
  }

  /** Errors per field for the current details, in the form's order. */
  validate(): Partial<Record<Field, ErrorKey>> {
    const d = this.details;
    const errors: Partial<Record<Field, ErrorKey>> = {};
    if (!d.firstName.trim()) errors.firstName = 'errFirstName';
    if (!d.lastName.trim()) errors.lastName = 'errLastName';
    if (!internationalPhone(d.phone, d.country)) errors.phone = 'errPhone';
    if (d.email.trim() && !EMAIL.test(d.email.trim())) errors.email = 'errEmail';
    if (d.notes.length > 2000) errors.notes = 'errNotes';
    return errors;
  }

  /** Returns whether the details are good; if not, `errors` says why. */
  submitDetails(): boolean {
    this.errors = this.validate();
    if (Object.keys(this.errors).length) {
      // Take the patient to the first field that needs them.
      this.host.focusFirstError();
      return false;
    }
    // 132 random bits, the same generator as session ids.
    this.idempotencyKey = newSessionId();
    this.submitFailure = undefined;
    this.go('review', {});
    this.host.track('details_submitted');
    return true;
  }

  back(): void {
    const order = this.steps;
    const previous = order[order.indexOf(this.step) - 1];
    if (previous) this.go(previous, {});
  }

  async confirm(): Promise<void> {
    const { client } = this.host;
    const { psychologist, slot, details } = this;
    if (this.submitting || !client || !psychologist || !slot) return;
    this.submitting = true;
    this.submitFailure = undefined;
    this.host.requestUpdate();
    try {
      const email = details.email.trim();
      const notes = details.notes.trim();
      const result = await client.bookings.create(
        {
          psychologistId: psychologist.id,
          date: slot.date,
          startTime: slot.startTime,
          entryMethod: 'web_form',
          sessionId: this.host.sessionId,
          ...(notes ? { notes } : {}),
          patient: {
            firstName: details.firstName.trim(),
            lastName: details.lastName.trim(),
            phone: internationalPhone(details.phone, details.country) ?? details.phone,
            ...(email ? { email } : {}),
          },
        },
        this.idempotencyKey ? { idempotencyKey: this.idempotencyKey } : {},
      );
      this.result = result;
      this.go('confirmed', { date: slot.date, startTime: slot.startTime });
      this.host.track('booking_confirmed', { date: slot.date, startTime: slot.startTime }, result.appointment.id);
      this.host.booked(result);
    } catch (error) {
      this.onBookingFailure(describeFailure(error));
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  private onBookingFailure(failure: Failure): void {
    this.host.track('booking_failed', { errorCode: failure.code });
    this.host.failed(failure, 'review');
    if (failure.kind === 'slot_taken') {
      this.slot = undefined;
      this.notice = 'slotTaken';
      this.go('time', { date: this.date ?? '' });
      void this.slots.run();
    } else if (failure.kind === 'invalid') {
      // Back to the form with each refused field marked and focused, so the patient can fix it.
      const errors: Partial<Record<Field, ErrorKey>> = {};
      for (const name of Object.keys(failure.fields) as Field[]) errors[name] = REFUSED[name];
      this.errors = errors;
      this.go('details', {});
      this.host.focusFirstError();
    } else {
      this.submitFailure = failure;
    }
  }

  /** Starts over for another appointment with the same details. */
  restart(): void {
    this.result = undefined;
    this.slot = undefined;
    this.date = undefined;
    this.go(this.steps[0]!, {});
    void this.slots.run();
  }

  /** Slots of the chosen day, in time order. */
  get daySlots(): Slot[] {
    return (this.slots.value ?? []).filter((slot) => slot.date === this.date);
  }

  private go(step: Step, data: EventData): void {
    this.step = step;
    this.host.entered(step, data);
    this.host.requestUpdate();
  }

  private get window(): BookableWindow {
    return new BookableWindow(this.host.config?.timezone ?? 'UTC', this.host.config?.bookingHorizonDays ?? 60);
  }
}

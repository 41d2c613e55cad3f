import type { AppointmentStatus, PsybookClient, StaffAppointment } from '@psybook/client-sdk';
import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { armName, isoDay } from '../format.js';
import { LocaleController, t } from '../i18n/index.js';
import type { MessageKey } from '../i18n/en.js';
import { baseStyles } from '../styles.js';
import { problemText } from './problem-text.js';

type Action = { status: AppointmentStatus; label: MessageKey; kind: string };

/** What staff can do next from each status (the database refuses any other move). */
const NEXT: Record<AppointmentStatus, Action[]> = {
  scheduled: [
    { status: 'confirmed', label: 'confirm', kind: '' },
    { status: 'cancelled', label: 'cancel', kind: 'danger' },
  ],
  confirmed: [
    { status: 'completed', label: 'complete', kind: '' },
    { status: 'cancelled', label: 'cancel', kind: 'danger' },
  ],
  completed: [],
  cancelled: [],
};

/** How far ahead the list looks. @unit days */
const HORIZON_DAYS = 60;

/**
 * @summary Today's and upcoming appointments with confirm / complete / cancel. After an
 * action, focus stays in the same row and a status line says what changed.
 */
@customElement('psybook-appointments-view')
export class PsybookAppointmentsView extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) client?: PsybookClient;
  @state() private appointments: StaffAppointment[] | undefined;
  @state() private error = '';
  @state() private message = '';
  @state() private busy: number | undefined;
  @query('#status') private statusLine!: HTMLElement;
  private readonly locale = new LocaleController(this);

  override updated(changed: Map<string, unknown>) {
    if (changed.has('client') && this.client) void this.load();
  }

  async load() {
    if (!this.client) return;
    this.error = '';
    try {
      const { data } = await this.client.admin.appointments.list({ from: isoDay(0), to: isoDay(HORIZON_DAYS) });
      // Live ones only: what staff act on. A row changed here stays until the next load.
      this.appointments = data
        .filter((a) => NEXT[a.status].length > 0)
        .sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
    } catch (error) {
      this.error = t('failed', { reason: problemText(error) });
    }
  }

  private async act(appointment: StaffAppointment, action: Action) {
    if (!this.client) return;
    this.busy = appointment.id;
    this.error = '';
    try {
      const { appointment: updated } = await this.client.appointments.update(appointment.id, { status: action.status });
      this.appointments = this.appointments?.map((a) => (a.id === updated.id ? updated : a));
      this.message = t('updated', { ...this.describe(updated), status: t(`status_${updated.status}`) });
    } catch (error) {
      this.error = t('failed', { reason: problemText(error) });
    } finally {
      this.busy = undefined;
    }
    await this.updateComplete;
    const next = this.renderRoot.querySelector<HTMLButtonElement>(`tr[data-id="${appointment.id}"] button`);
    (next ?? this.statusLine).focus();
  }

  private describe(a: StaffAppointment) {
    return { patient: `${a.patient.firstName} ${a.patient.lastName}`, date: a.date, time: a.startTime };
  }

  private row(a: StaffAppointment) {
    return html`<tr data-id=${a.id}>
      <td>${a.date}</td>
      <td>${a.startTime}–${a.endTime}</td>
      <td>${a.psychologist.firstName} ${a.psychologist.lastName}</td>
      <td>${a.patient.firstName} ${a.patient.lastName}</td>
      <td>${armName(a.entryMethod)}</td>
      <td>${t(`status_${a.status}`)}</td>
      <td class="row">
        ${NEXT[a.status].map(
          (action) =>
            html`<button
              type="button"
              class=${action.kind}
              ?disabled=${this.busy === a.id}
              aria-label=${t('actionLabel', { ...this.describe(a), action: t(action.label) })}
              @click=${() => this.act(a, action)}
            >
              ${t(action.label)}
            </button>`,
        )}
      </td>
    </tr>`;
  }

  override render() {
    const list = this.appointments;
    return html`
      <h2>${t('appointmentsHeading')}</h2>
      <p id="status" role="status" tabindex="-1">${this.message}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      ${
        list === undefined
          ? html`<p class="muted">${t('loading')}</p>`
          : list.length === 0
            ? html`<p class="muted">${t('noAppointments')}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t('date')}</th>
                    <th scope="col">${t('time')}</th>
                    <th scope="col">${t('psychologist')}</th>
                    <th scope="col">${t('patient')}</th>
                    <th scope="col">${t('entryMethod')}</th>
                    <th scope="col">${t('status')}</th>
                    <th scope="col">${t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${list.map((a) => this.row(a))}
                </tbody>
              </table>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'psybook-appointments-view': PsybookAppointmentsView;
  }
}

import type { AppointmentStatus, PsybookClient, StaffAppointment } from '@psybook/client-sdk';
import { LitElement, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { armName, isoDay } from '../../format.js';
import type { AppointmentRef } from '../../i18n/en.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { problemText } from '../../problem-text.js';
import { styles } from './psybook-appointments-view.styles.js';

type Action = { status: AppointmentStatus; label: 'confirm' | 'complete' | 'cancel'; kind: string };

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

const describe = (a: StaffAppointment): AppointmentRef => ({
  patient: `${a.patient.firstName} ${a.patient.lastName}`,
  date: a.date,
  time: a.startTime,
});

/**
 * Today's and upcoming appointments with confirm / complete / cancel. After an action, focus
 * stays in the same row and a status line says what changed.
 *
 * @tagname psybook-appointments-view
 * @summary The live appointments from today on, and what staff can do with each.
 */
export class PsybookAppointmentsView extends LitElement {
  static override styles = styles;

  /** The signed-in API client; setting it loads the list. Property only. */
  @property({ attribute: false }) client?: PsybookClient;
  @state() private appointments: StaffAppointment[] | undefined;
  /** Why the last call failed (the API's words), or empty. */
  @state() private error = '';
  @state() private message = '';
  @state() private busy: number | undefined;
  @query('#status') private statusLine!: HTMLElement;
  private readonly localize = new LocalizeController(this);

  override updated(changed: Map<string, unknown>) {
    if (changed.has('client') && this.client) void this.load();
  }

  /** Fetches the list again. */
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
      this.error = problemText(error);
    }
  }

  private async act(appointment: StaffAppointment, action: Action) {
    if (!this.client) return;
    const { t } = this.localize;
    this.busy = appointment.id;
    this.error = '';
    try {
      const { appointment: updated } = await this.client.appointments.update(appointment.id, { status: action.status });
      this.appointments = this.appointments?.map((a) => (a.id === updated.id ? updated : a));
      this.message = t.updated(describe(updated), t[`status_${updated.status}`]);
    } catch (error) {
      this.error = problemText(error);
    } finally {
      this.busy = undefined;
    }
    await this.updateComplete;
    const next = this.renderRoot.querySelector<HTMLButtonElement>(`tr[data-id="${appointment.id}"] button`);
    (next ?? this.statusLine).focus();
  }

  private row(a: StaffAppointment) {
    const l = this.localize;
    const { t } = l;
    return html`<tr data-id=${a.id}>
      <td>${a.date}</td>
      <td>${a.startTime}–${a.endTime}</td>
      <td>${a.psychologist.firstName} ${a.psychologist.lastName}</td>
      <td>${a.patient.firstName} ${a.patient.lastName}</td>
      <td>${armName(a.entryMethod, l)}</td>
      <td>${t[`status_${a.status}`]}</td>
      <td class="row">
        ${NEXT[a.status].map(
          (action) =>
            html`<button
              type="button"
              class=${action.kind}
              ?disabled=${this.busy === a.id}
              aria-label=${t.actionLabel(t[action.label], describe(a))}
              @click=${() => this.act(a, action)}
            >
              ${t[action.label]}
            </button>`,
        )}
      </td>
    </tr>`;
  }

  override render() {
    const { t } = this.localize;
    const list = this.appointments;
    return html`
      <h2>${t.appointmentsHeading}</h2>
      <p id="status" role="status" tabindex="-1">${this.message}</p>
      ${this.error ? html`<p class="error" role="alert">${t.failed(this.error)}</p>` : null}
      ${
        list === undefined
          ? html`<p class="muted">${t.loading}</p>`
          : list.length === 0
            ? html`<p class="muted">${t.noAppointments}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t.date}</th>
                    <th scope="col">${t.time}</th>
                    <th scope="col">${t.psychologist}</th>
                    <th scope="col">${t.patient}</th>
                    <th scope="col">${t.entryMethod}</th>
                    <th scope="col">${t.status}</th>
                    <th scope="col">${t.actions}</th>
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

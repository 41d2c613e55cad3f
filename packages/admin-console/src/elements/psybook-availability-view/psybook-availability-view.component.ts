import type { AdminPsychologist, AvailabilityWindow, PsybookClient } from '@psybook/client-sdk';
import { LitElement, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { dayName } from '../../format.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { problemText } from '../../problem-text.js';
import { styles } from './psybook-availability-view.styles.js';

const DAYS = [1, 2, 3, 4, 5, 6, 0];

/** The fields of one window form, as the API takes them. */
function readWindow(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    dayOfWeek: Number(data.get('dayOfWeek')),
    startTime: String(data.get('startTime')).slice(0, 5),
    endTime: String(data.get('endTime')).slice(0, 5),
    isActive: data.get('isActive') === 'on',
  };
}

/**
 * Each psychologist's weekly availability: pick a psychologist, edit or remove a window in
 * place, or add one. Errors from the API (e.g. an end before the start) are shown with the
 * field they concern.
 *
 * @tagname psybook-availability-view
 * @summary Edit, remove and add the weekly windows in which patients can book.
 */
export class PsybookAvailabilityView extends LitElement {
  static override styles = styles;

  /** The signed-in API client; setting it loads the psychologists. Property only. */
  @property({ attribute: false }) client?: PsybookClient;
  @state() private psychologists: AdminPsychologist[] = [];
  @state() private selected: number | undefined;
  @state() private windows: AvailabilityWindow[] | undefined;
  /** Why the last call failed (the API's words), or empty. */
  @state() private error = '';
  @state() private message = '';
  @query('#availability-status') private statusLine!: HTMLElement;
  private readonly localize = new LocalizeController(this);

  override async updated(changed: Map<string, unknown>) {
    if (changed.has('client') && this.client) {
      try {
        this.psychologists = (await this.client.admin.psychologists.list()).data;
        this.selected ??= this.psychologists[0]?.id;
        await this.loadWindows();
      } catch (error) {
        this.error = problemText(error);
      }
    }
  }

  private async loadWindows() {
    if (!this.client || this.selected === undefined) return;
    this.windows = undefined;
    const { data } = await this.client.admin.availability.list(this.selected);
    this.windows = [...data].sort(
      (a, b) => DAYS.indexOf(a.dayOfWeek) - DAYS.indexOf(b.dayOfWeek) || a.startTime.localeCompare(b.startTime),
    );
  }

  private label(w: Pick<AvailabilityWindow, 'dayOfWeek' | 'startTime' | 'endTime'>) {
    return this.localize.t.windowLabel(dayName(w.dayOfWeek, this.localize), w.startTime, w.endTime);
  }

  /** Runs one change, reloads the list, says what happened and keeps focus in a sensible place. */
  private async change(run: () => Promise<string>) {
    this.error = '';
    this.message = '';
    try {
      this.message = await run();
      await this.loadWindows();
    } catch (error) {
      this.error = problemText(error);
    }
    await this.updateComplete;
    this.statusLine.focus();
  }

  private saveWindow(event: SubmitEvent, window: AvailabilityWindow) {
    event.preventDefault();
    const body = readWindow(event.currentTarget as HTMLFormElement);
    void this.change(async () => {
      const saved = await this.client!.admin.availability.update(window.psychologistId, window.id, body);
      return this.localize.t.saved(this.label(saved));
    });
  }

  private removeWindow(window: AvailabilityWindow) {
    void this.change(async () => {
      await this.client!.admin.availability.remove(window.psychologistId, window.id);
      return this.localize.t.removed(this.label(window));
    });
  }

  private addWindow(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const body = readWindow(form);
    void this.change(async () => {
      const created = await this.client!.admin.availability.create(this.selected!, body);
      form.reset();
      return this.localize.t.added(this.label(created));
    });
  }

  private fields(w?: AvailabilityWindow) {
    const l = this.localize;
    const { t } = l;
    return html`
      <label
        >${t.day}
        <select name="dayOfWeek">
          ${DAYS.map((day) => html`<option value=${day} ?selected=${w?.dayOfWeek === day}>${dayName(day, l)}</option>`)}
        </select>
      </label>
      <label>${t.start}<input type="time" name="startTime" required .value=${w?.startTime ?? '09:00'} /></label>
      <label>${t.end}<input type="time" name="endTime" required .value=${w?.endTime ?? '13:00'} /></label>
      <label class="check"><input type="checkbox" name="isActive" ?checked=${w?.isActive ?? true} />${t.active}</label>
    `;
  }

  private windowForm(w: AvailabilityWindow) {
    const { t } = this.localize;
    const label = this.label(w);
    return html`<form @submit=${(e: SubmitEvent) => this.saveWindow(e, w)} data-window=${w.id}>
      <fieldset class="row">
        <legend class="visually-hidden">${label}</legend>
        ${this.fields(w)}
        <button type="submit" aria-label="${t.save}: ${label}">${t.save}</button>
        <button type="button" class="danger" aria-label="${t.remove}: ${label}" @click=${() => this.removeWindow(w)}>
          ${t.remove}
        </button>
      </fieldset>
    </form>`;
  }

  override render() {
    const { t } = this.localize;
    return html`
      <h2>${t.availabilityHeading}</h2>
      <p class="muted">${t.availabilityHelp}</p>
      <label
        >${t.psychologist}
        <select
          name="psychologist"
          @change=${(e: Event) => {
            this.selected = Number((e.target as HTMLSelectElement).value);
            void this.loadWindows();
          }}
        >
          ${this.psychologists.map((p) => html`<option value=${p.id} ?selected=${p.id === this.selected}>${p.firstName} ${p.lastName}</option>`)}
        </select>
      </label>
      <p id="availability-status" role="status" tabindex="-1">${this.message}</p>
      ${this.error ? html`<p class="error" role="alert">${t.failed(this.error)}</p>` : null}
      ${
        this.windows === undefined
          ? html`<p class="muted">${t.loading}</p>`
          : this.windows.length === 0
            ? html`<p class="muted">${t.noWindows}</p>`
            : this.windows.map((w) => this.windowForm(w))
      }
      <h3 id="add-heading">${t.addHeading}</h3>
      <form @submit=${this.addWindow} aria-labelledby="add-heading">
        <div class="row">${this.fields()}<button type="submit">${t.add}</button></div>
      </form>
    `;
  }
}

import type { AbReport, ArmReport, PsybookClient } from '@psybook/client-sdk';
import { Task } from '@lit/task';
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { armName, duration, isoDay, percent, summarize } from '../../format.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { problemText } from '../../problem-text.js';
import { hasDemoData, type Credentials } from '../../session.js';
import { styles } from './psybook-report-view.styles.js';

/**
 * The A/B report: a date range, the verdict in one sentence, each arm's rate with its 95%
 * interval and time to book, a funnel per arm and the daily conversion chart.
 *
 * @tagname psybook-report-view
 * @summary Which way books more patients, for a date range, with a CSV download.
 */
export class PsybookReportView extends LitElement {
  static override styles = styles;

  /** The signed-in API client. Property only. */
  @property({ attribute: false }) client?: PsybookClient;
  /** The same credentials, for the console's demo-data check. Property only. */
  @property({ attribute: false }) credentials?: Credentials;
  @state() private range = { from: isoDay(-27), to: isoDay(0) };
  /** Why the last CSV download failed (the API's words), or empty. */
  @state() private csvError = '';
  private readonly localize = new LocalizeController(this);

  private readonly report = new Task(this, {
    task: async ([client, credentials, range], { signal }) => {
      if (!client || !credentials) return undefined;
      const [report, demo] = await Promise.all([client.reports.ab(range, { signal }), hasDemoData(credentials, range)]);
      return { report, demo };
    },
    args: () => [this.client, this.credentials, this.range] as const,
  });

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    this.range = { from: String(form.get('from')), to: String(form.get('to')) };
  }

  private async downloadCsv() {
    if (!this.client) return;
    this.csvError = '';
    try {
      const csv = await this.client.reports.abCsv(this.range);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      link.download = `ab-report-${this.range.from}-${this.range.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      this.csvError = problemText(error);
    }
  }

  private armCard(arm: ArmReport) {
    const l = this.localize;
    const { t } = l;
    const [low, high] = arm.ci95;
    return html`<section class="panel" aria-labelledby="arm-${arm.entryMethod}">
      <h3 id="arm-${arm.entryMethod}">${armName(arm.entryMethod, l)}</h3>
      <dl>
        <dt>${t.sessions}</dt>
        <dd>${arm.sessions}</dd>
        <dt>${t.conversions}</dt>
        <dd>${arm.conversions}</dd>
        <dt>${t.conversionRate}</dt>
        <dd>${percent(arm.conversionRate, l)}</dd>
        <dt>${t.interval}</dt>
        <dd>${percent(low, l)} – ${percent(high, l)}</dd>
        <dt>${t.medianTime}</dt>
        <dd>${duration(arm.medianTimeToBookMs, l)}</dd>
        <dt>${t.p90Time}</dt>
        <dd>${duration(arm.p90TimeToBookMs, l)}</dd>
      </dl>
      <p class="muted">${t.intervalHelp(percent(low, l), percent(high, l))}</p>
    </section>`;
  }

  private renderReport(report: AbReport, demo: boolean) {
    const { t } = this.localize;
    return html`
      ${demo ? html`<p class="demo" role="note">${t.demoData}</p>` : null}
      <p class="verdict" data-testid="verdict">${summarize(report, this.localize)}</p>
      <div class="arms">${report.arms.map((arm) => this.armCard(arm))}</div>
      <div class="arms">
        ${report.arms.map((arm) => html`<div class="panel"><psybook-funnel-chart .arm=${arm}></psybook-funnel-chart></div>`)}
      </div>
      <div class="panel"><psybook-daily-chart .report=${report}></psybook-daily-chart></div>
    `;
  }

  override render() {
    const { t } = this.localize;
    return html`
      <h2 id="report-heading">${t.reportHeading}</h2>
      <form class="row" @submit=${this.onSubmit} aria-labelledby="report-heading">
        <label>${t.from}<input type="date" name="from" required .value=${this.range.from} /></label>
        <label>${t.to}<input type="date" name="to" required .value=${this.range.to} /></label>
        <button type="submit">${t.show}</button>
        <button type="button" class="secondary" @click=${this.downloadCsv}>${t.downloadCsv}</button>
      </form>
      ${this.csvError ? html`<p class="error" role="alert">${t.failed(this.csvError)}</p>` : null}
      <div aria-live="polite">
        ${this.report.render({
          pending: () => html`<p class="muted" role="status">${t.loading}</p>`,
          complete: (result) => (result ? this.renderReport(result.report, result.demo) : null),
          error: (error) =>
            html`<p class="error" role="alert">${t.failed(problemText(error))}</p>
              <button type="button" @click=${() => this.report.run()}>${t.retry}</button>`,
        })}
      </div>
    `;
  }
}

import type { AbReport, EntryMethod } from '@psybook/client-sdk';
import { ENTRY_METHODS } from '@psybook/client-sdk';
import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { armName, percent } from '../../format.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { styles } from './psybook-daily-chart.styles.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

/**
 * Daily conversion rate of both arms as two lines (solid: web form, dashed: chat, so they
 * differ without colour too). A table with the same figures follows for screen readers.
 *
 * @tagname psybook-daily-chart
 * @summary Each day's conversion rate of both arms, as a chart and a table.
 */
export class PsybookDailyChart extends LitElement {
  static override styles = styles;

  /** The A/B report whose daily figures to draw. Property only. */
  @property({ attribute: false }) report?: AbReport;
  private readonly localize = new LocalizeController(this);

  private series(method: EntryMethod) {
    return (this.report?.daily ?? []).filter((day) => day.entryMethod === method);
  }

  override render() {
    const report = this.report;
    if (!report) return null;
    const l = this.localize;
    const { t } = l;
    const days = this.series('web_form').map((day) => day.date);
    const rate = (d: { sessions: number; conversions: number }) => (d.sessions ? d.conversions / d.sessions : 0);
    const top = Math.max(0.05, ...report.daily.map(rate));
    const x = (i: number) =>
      PAD.left + (days.length > 1 ? (i / (days.length - 1)) * (WIDTH - PAD.left - PAD.right) : 0);
    const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
    const ticks = [0, top / 2, top];
    const labelEvery = Math.max(1, Math.ceil(days.length / 7));
    return html`
      <h3>${t.dailyHeading}</h3>
      <p class="legend" aria-hidden="true">
        ${ENTRY_METHODS.map((method) => html`<span><span class="swatch-${method}"></span>${armName(method, l)}</span>`)}
      </p>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${t.dailySummary(report.from, report.to)}>
        ${ticks.map(
          (tick) => svg`
            <line class="grid" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(tick)} y2=${y(tick)}></line>
            <text class="tick" x=${PAD.left - 6} y=${y(tick) + 4} text-anchor="end">${percent(tick, l)}</text>`,
        )}
        <line
          class="axis"
          x1=${PAD.left}
          x2=${WIDTH - PAD.right}
          y1=${HEIGHT - PAD.bottom}
          y2=${HEIGHT - PAD.bottom}
        ></line>
        ${days.map((day, i) =>
          i % labelEvery === 0
            ? svg`<text class="tick" x=${x(i)} y=${HEIGHT - 8} text-anchor="middle">${day.slice(5)}</text>`
            : null,
        )}
        ${ENTRY_METHODS.map(
          (method) =>
            svg`<polyline class="line-${method}" points=${this.series(method)
              .map((d, i) => `${x(i)},${y(rate(d))}`)
              .join(' ')}></polyline>`,
        )}
      </svg>
      <details>
        <summary>${t.dailyTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t.date}</th>
              ${ENTRY_METHODS.map((method) => html`<th scope="col" class="num">${armName(method, l)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${days.map(
              (day, i) =>
                html`<tr>
                  <th scope="row">${day}</th>
                  ${ENTRY_METHODS.map((method) => {
                    const d = this.series(method)[i]!;
                    return html`<td class="num">${d.conversions} / ${d.sessions} (${percent(rate(d), l)})</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }
}

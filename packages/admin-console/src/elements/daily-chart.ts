import type { AbReport, EntryMethod } from '@psybook/client-sdk';
import { ENTRY_METHODS } from '@psybook/client-sdk';
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { armName, percent } from '../format.js';
import { LocaleController, t } from '../i18n/index.js';
import { baseStyles } from '../styles.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

/**
 * @summary Daily conversion rate of both arms as two lines (solid: web form, dashed: chat,
 * so they differ without colour too). A table with the same figures follows for screen readers.
 */
@customElement('psybook-daily-chart')
export class PsybookDailyChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      svg {
        width: 100%;
        max-width: 720px;
        height: auto;
      }
      .axis {
        stroke: #8a93a6;
        stroke-width: 1;
      }
      .grid {
        stroke: #e3e7ef;
        stroke-width: 1;
      }
      .tick {
        font-size: 11px;
        fill: var(--muted);
      }
      .line-web_form {
        fill: none;
        stroke: var(--web);
        stroke-width: 2.5;
      }
      .line-click_to_chat {
        fill: none;
        stroke: var(--chat);
        stroke-width: 2.5;
        stroke-dasharray: 7 4;
      }
      .legend {
        display: flex;
        gap: 1.25rem;
        font-size: 0.9rem;
      }
      .swatch-web_form,
      .swatch-click_to_chat {
        display: inline-block;
        width: 1.6rem;
        height: 0;
        border-top: 3px solid var(--web);
        vertical-align: middle;
        margin-inline-end: 0.35rem;
      }
      .swatch-click_to_chat {
        border-top: 3px dashed var(--chat);
      }
    `,
  ];

  @property({ attribute: false }) report?: AbReport;
  private readonly locale = new LocaleController(this);

  private series(method: EntryMethod) {
    return (this.report?.daily ?? []).filter((day) => day.entryMethod === method);
  }

  override render() {
    const report = this.report;
    if (!report) return null;
    const days = this.series('web_form').map((day) => day.date);
    const rate = (d: { sessions: number; conversions: number }) => (d.sessions ? d.conversions / d.sessions : 0);
    const top = Math.max(0.05, ...report.daily.map(rate));
    const x = (i: number) =>
      PAD.left + (days.length > 1 ? (i / (days.length - 1)) * (WIDTH - PAD.left - PAD.right) : 0);
    const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
    const ticks = [0, top / 2, top];
    const labelEvery = Math.max(1, Math.ceil(days.length / 7));
    return html`
      <h3>${t('dailyHeading')}</h3>
      <p class="legend" aria-hidden="true">
        ${ENTRY_METHODS.map((method) => html`<span><span class="swatch-${method}"></span>${armName(method)}</span>`)}
      </p>
      <svg
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        role="img"
        aria-label=${t('dailySummary', { from: report.from, to: report.to })}
      >
        ${ticks.map(
          (tick) => svg`
            <line class="grid" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(tick)} y2=${y(tick)}></line>
            <text class="tick" x=${PAD.left - 6} y=${y(tick) + 4} text-anchor="end">${percent(tick)}</text>`,
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
        <summary>${t('dailyTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('date')}</th>
              ${ENTRY_METHODS.map((method) => html`<th scope="col" class="num">${armName(method)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${days.map(
              (day, i) =>
                html`<tr>
                  <th scope="row">${day}</th>
                  ${ENTRY_METHODS.map((method) => {
                    const d = this.series(method)[i]!;
                    return html`<td class="num">${d.conversions} / ${d.sessions} (${percent(rate(d))})</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'psybook-daily-chart': PsybookDailyChart;
  }
}

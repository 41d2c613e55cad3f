import { FUNNEL_STEPS, type ArmReport } from '@psybook/client-sdk';
import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { armName, percent } from '../../format.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { styles } from './psybook-funnel-chart.styles.js';

const ROW = 34;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 300;

/**
 * One arm's funnel as horizontal bars: how many visits reached each step. The SVG is for the
 * eye; a table with the same figures is what screen readers get.
 *
 * @tagname psybook-funnel-chart
 * @summary How many of an arm's visits reached each step of its funnel.
 */
export class PsybookFunnelChart extends LitElement {
  static override styles = styles;

  /** The arm to draw, from the A/B report. Property only. */
  @property({ attribute: false }) arm?: ArmReport;
  private readonly localize = new LocalizeController(this);

  override render() {
    const arm = this.arm;
    if (!arm) return null;
    const l = this.localize;
    const { t } = l;
    const steps = FUNNEL_STEPS[arm.entryMethod].map((type) => ({
      label: t[`event_${type}`],
      count: arm.steps[type] ?? 0,
    }));
    const max = Math.max(1, ...steps.map((step) => step.count));
    const share = (count: number) => (arm.sessions ? percent(count / arm.sessions, l) : '—');
    return html`
      <h3 id="heading">${t.funnelHeading(armName(arm.entryMethod, l))}</h3>
      <svg viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 80} ${steps.length * ROW}" aria-hidden="true" focusable="false">
        ${steps.map((step, i) => {
          const y = i * ROW;
          const width = Math.max(step.count ? 2 : 0, (step.count / max) * BAR_WIDTH);
          return svg`
            <text class="label" x="0" y=${y + 21}>${step.label}</text>
            <rect class="track" x=${LABEL_WIDTH} y=${y + 6} width=${BAR_WIDTH} height="22" rx="3"></rect>
            <rect class="bar-${arm.entryMethod}" x=${LABEL_WIDTH} y=${y + 6} width=${width} height="22" rx="3"></rect>
            <text class="value" x=${LABEL_WIDTH + BAR_WIDTH + 8} y=${y + 21}>${step.count}</text>`;
        })}
      </svg>
      <table class="visually-hidden" aria-labelledby="heading">
        <thead>
          <tr>
            <th scope="col">${t.step}</th>
            <th scope="col">${t.reached}</th>
            <th scope="col">${t.ofVisits}</th>
          </tr>
        </thead>
        <tbody>
          ${steps.map(
            (step) =>
              html`<tr>
                <th scope="row">${step.label}</th>
                <td>${step.count}</td>
                <td>${share(step.count)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

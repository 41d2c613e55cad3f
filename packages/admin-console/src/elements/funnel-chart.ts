import { FUNNEL_STEPS, type ArmReport } from '@psybook/client-sdk';
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { armName, percent } from '../format.js';
import { LocaleController, t } from '../i18n/index.js';
import type { MessageKey } from '../i18n/en.js';
import { baseStyles } from '../styles.js';

const ROW = 34;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 300;

/**
 * @summary One arm's funnel as horizontal bars: how many visits reached each step.
 * The SVG is for the eye; a table with the same figures is what screen readers get.
 */
@customElement('psybook-funnel-chart')
export class PsybookFunnelChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      svg {
        width: 100%;
        max-width: 640px;
        height: auto;
      }
      .label,
      .value {
        font-size: 13px;
        fill: var(--ink);
      }
      .track {
        fill: #eef1f6;
      }
      .bar-web_form {
        fill: var(--web);
      }
      .bar-click_to_chat {
        fill: var(--chat);
      }
    `,
  ];

  @property({ attribute: false }) arm?: ArmReport;
  private readonly locale = new LocaleController(this);

  override render() {
    const arm = this.arm;
    if (!arm) return null;
    const steps = FUNNEL_STEPS[arm.entryMethod].map((type) => ({
      label: t(`event_${type}` as MessageKey),
      count: arm.steps[type] ?? 0,
    }));
    const max = Math.max(1, ...steps.map((step) => step.count));
    const share = (count: number) => (arm.sessions ? percent(count / arm.sessions) : '—');
    return html`
      <h3 id="heading">${t('funnelHeading', { arm: armName(arm.entryMethod) })}</h3>
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
            <th scope="col">${t('step')}</th>
            <th scope="col">${t('reached')}</th>
            <th scope="col">${t('ofVisits')}</th>
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

declare global {
  interface HTMLElementTagNameMap {
    'psybook-funnel-chart': PsybookFunnelChart;
  }
}

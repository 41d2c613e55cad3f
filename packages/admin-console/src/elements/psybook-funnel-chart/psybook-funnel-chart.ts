import { PsybookFunnelChart } from './psybook-funnel-chart.component.js';

export { PsybookFunnelChart };

if (!customElements.get('psybook-funnel-chart')) customElements.define('psybook-funnel-chart', PsybookFunnelChart);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-funnel-chart': PsybookFunnelChart;
  }
}

import { PsybookDailyChart } from './psybook-daily-chart.component.js';

export { PsybookDailyChart };

if (!customElements.get('psybook-daily-chart')) customElements.define('psybook-daily-chart', PsybookDailyChart);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-daily-chart': PsybookDailyChart;
  }
}

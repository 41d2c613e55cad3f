import { PsybookReportView } from './psybook-report-view.component.js';
// The elements it renders are defined with it.
import '../psybook-daily-chart/psybook-daily-chart.js';
import '../psybook-funnel-chart/psybook-funnel-chart.js';

export { PsybookReportView };

if (!customElements.get('psybook-report-view')) customElements.define('psybook-report-view', PsybookReportView);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-report-view': PsybookReportView;
  }
}

import { PsybookAppointmentsView } from './psybook-appointments-view.component.js';

export { PsybookAppointmentsView };

if (!customElements.get('psybook-appointments-view'))
  customElements.define('psybook-appointments-view', PsybookAppointmentsView);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-appointments-view': PsybookAppointmentsView;
  }
}

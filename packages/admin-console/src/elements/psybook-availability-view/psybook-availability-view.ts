import { PsybookAvailabilityView } from './psybook-availability-view.component.js';

export { PsybookAvailabilityView };

if (!customElements.get('psybook-availability-view'))
  customElements.define('psybook-availability-view', PsybookAvailabilityView);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-availability-view': PsybookAvailabilityView;
  }
}

import { PsybookAdmin } from './psybook-admin.component.js';
// The elements it renders are defined with it.
import '../psybook-appointments-view/psybook-appointments-view.js';
import '../psybook-availability-view/psybook-availability-view.js';
import '../psybook-report-view/psybook-report-view.js';
import '../psybook-sign-in/psybook-sign-in.js';

export { PsybookAdmin };

if (!customElements.get('psybook-admin')) customElements.define('psybook-admin', PsybookAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-admin': PsybookAdmin;
  }
}

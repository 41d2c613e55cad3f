import { PsybookSignIn } from './psybook-sign-in.component.js';

export { PsybookSignIn };

if (!customElements.get('psybook-sign-in')) customElements.define('psybook-sign-in', PsybookSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-sign-in': PsybookSignIn;
  }
}

import { PsybookWidget } from './psybook-widget.component.js';

export { PsybookWidget };

// A page may load the script twice (a CMS block and a theme); defining twice would throw.
if (!customElements.get('psybook-widget')) customElements.define('psybook-widget', PsybookWidget);

declare global {
  interface HTMLElementTagNameMap {
    'psybook-widget': PsybookWidget;
  }
}

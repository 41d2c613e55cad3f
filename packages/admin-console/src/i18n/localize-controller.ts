import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, STRINGS, type Lang, type Strings } from './index.js';

const hosts = new Set<ReactiveControllerHost>();
let pageLang: MutationObserver | undefined;

/**
 * An element's language and its strings, as Shoelace's `LocalizeController`: the element's own
 * `lang`, else the page's, else the browser's. When the page's `<html lang>` changes (a site's
 * language switch), every element using one re-renders; one observer serves them all.
 */
export class LocalizeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The language the element asks for (`auto` or nothing: follow the page). @default its `lang` */
    private readonly requested: () => string | null | undefined = () => host.lang,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (pageLang) return;
    pageLang = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The language the element speaks now. */
  get lang(): Lang {
    return resolveLang(this.requested(), this.host);
  }

  /** Its strings in that language. */
  get t(): Strings {
    return STRINGS[this.lang];
  }
}

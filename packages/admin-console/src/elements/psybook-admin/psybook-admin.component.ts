import type { PsybookClient, SupabaseLike } from '@psybook/client-sdk';
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LANGUAGE_NAMES, STRINGS, setLang, type Lang } from '../../i18n/index.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { checkCredentials, clientFor, forgetToken, saveToken, savedToken, type Credentials } from '../../session.js';
import { styles } from './psybook-admin.styles.js';

/**
 * The clinic console: sign in, then the A/B report, appointments and availability.
 *
 * @tagname psybook-admin
 * @summary The clinic's staff console, in English or Spanish (the language select sets `<html lang>`).
 */
export class PsybookAdmin extends LitElement {
  static override styles = styles;

  /** A supabase-js client (or anything with `auth.getSession()`); its session signs the console in. */
  @property({ attribute: false }) supabase?: SupabaseLike;
  @state() private credentials: Credentials | undefined;
  @state() private client: PsybookClient | undefined;
  private readonly localize = new LocalizeController(this);

  override connectedCallback() {
    super.connectedCallback();
    const token = savedToken();
    if (token) this.use({ token });
  }

  override async updated(changed: Map<string, unknown>) {
    if (changed.has('supabase') && this.supabase && !this.credentials) {
      const credentials = { supabase: this.supabase };
      if (!(await checkCredentials(credentials))) this.use(credentials);
    }
  }

  private use(credentials: Credentials) {
    this.credentials = credentials;
    this.client = clientFor(credentials);
  }

  private signedIn(event: CustomEvent<Credentials>) {
    if ('token' in event.detail) saveToken(event.detail.token);
    this.use(event.detail);
  }

  /** In-page links cannot reach into a shadow root by fragment: move there and focus the section. */
  private jump(event: MouseEvent) {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const section = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!section) return;
    event.preventDefault();
    section.scrollIntoView({ block: 'start' });
    section.focus();
  }

  private signOut() {
    forgetToken();
    this.credentials = undefined;
    this.client = undefined;
  }

  override render() {
    const { t, lang: current } = this.localize;
    return html`
      <header>
        <h1>Psybook · ${t.title}</h1>
        ${
          this.client
            ? html`<nav aria-label=${t.title}>
                <ul>
                  <li><a href="#report" @click=${this.jump}>${t.navReport}</a></li>
                  <li><a href="#appointments" @click=${this.jump}>${t.navAppointments}</a></li>
                  <li><a href="#availability" @click=${this.jump}>${t.navAvailability}</a></li>
                </ul>
              </nav>`
            : null
        }
        <div class="row">
          <label
            >${t.language}
            <select @change=${(e: Event) => setLang((e.target as HTMLSelectElement).value as Lang)}>
              ${(Object.keys(STRINGS) as Lang[]).map(
                (lang) => html`<option value=${lang} ?selected=${lang === current}>${LANGUAGE_NAMES[lang]}</option>`,
              )}
            </select>
          </label>
          ${this.client ? html`<button type="button" class="secondary" @click=${this.signOut}>${t.signOut}</button>` : null}
        </div>
      </header>
      <main>
        ${
          this.client
            ? html`
                <section id="report" class="panel" tabindex="-1">
                  <psybook-report-view .client=${this.client} .credentials=${this.credentials}></psybook-report-view>
                </section>
                <section id="appointments" class="panel" tabindex="-1">
                  <psybook-appointments-view .client=${this.client}></psybook-appointments-view>
                </section>
                <section id="availability" class="panel" tabindex="-1">
                  <psybook-availability-view .client=${this.client}></psybook-availability-view>
                </section>
              `
            : html`<psybook-sign-in @psybook:signed-in=${this.signedIn}></psybook-sign-in>`
        }
      </main>
    `;
  }
}

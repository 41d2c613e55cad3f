import type { PsybookClient, SupabaseLike } from '@psybook/client-sdk';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LANGUAGE_NAMES, LANGUAGES, LocaleController, currentLang, setLang, t, type Lang } from '../i18n/index.js';
import { clientFor, forgetToken, saveToken, savedToken, type Credentials } from '../session.js';
import { baseStyles } from '../styles.js';
import { checkCredentials } from './sign-in.js';
import './appointments-view.js';
import './availability-view.js';
import './report-view.js';
import './sign-in.js';

/**
 * @summary The clinic console: sign in, then the A/B report, appointments and availability.
 * Set `supabase` to a supabase-js client to sign in with its session instead of a token.
 */
@customElement('psybook-admin')
export class PsybookAdmin extends LitElement {
  static override styles = [
    baseStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-end;
        justify-content: space-between;
        padding: 1rem 1.5rem;
        background: #fff;
        border-bottom: 1px solid var(--line);
      }
      h1 {
        font-size: 1.4rem;
        margin: 0;
      }
      nav ul {
        display: flex;
        gap: 1rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        color: var(--accent);
      }
      main {
        max-width: 1100px;
        margin: 0 auto;
        padding: 1.25rem 1.5rem 3rem;
      }
    `,
  ];

  /** A supabase-js client (or anything with `auth.getSession()`); its session signs the console in. */
  @property({ attribute: false }) supabase?: SupabaseLike;
  @state() private credentials: Credentials | undefined;
  @state() private client: PsybookClient | undefined;
  private readonly locale = new LocaleController(this);

  override connectedCallback() {
    super.connectedCallback();
    document.documentElement.lang = currentLang();
    const token = savedToken();
    if (token) this.use({ token });
  }

  override async updated(changed: Map<string, unknown>) {
    if (changed.has('supabase') && this.supabase && !this.credentials) {
      const credentials = { supabase: this.supabase };
      if ((await checkCredentials(credentials)) === null) this.use(credentials);
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
    return html`
      <header>
        <h1>Psybook · ${t('title')}</h1>
        ${
          this.client
            ? html`<nav aria-label=${t('title')}>
                <ul>
                  <li><a href="#report" @click=${this.jump}>${t('navReport')}</a></li>
                  <li><a href="#appointments" @click=${this.jump}>${t('navAppointments')}</a></li>
                  <li><a href="#availability" @click=${this.jump}>${t('navAvailability')}</a></li>
                </ul>
              </nav>`
            : null
        }
        <div class="row">
          <label
            >${t('language')}
            <select @change=${(e: Event) => setLang((e.target as HTMLSelectElement).value as Lang)}>
              ${(Object.keys(LANGUAGES) as Lang[]).map(
                (lang) =>
                  html`<option value=${lang} ?selected=${lang === currentLang()}>${LANGUAGE_NAMES[lang]}</option>`,
              )}
            </select>
          </label>
          ${this.client ? html`<button type="button" class="secondary" @click=${this.signOut}>${t('signOut')}</button>` : null}
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
            : html`<psybook-sign-in @psybook-admin:signed-in=${this.signedIn}></psybook-sign-in>`
        }
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'psybook-admin': PsybookAdmin;
  }
}

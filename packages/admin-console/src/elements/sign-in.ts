import { isApiError } from '@psybook/client-sdk';
import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LocaleController, t } from '../i18n/index.js';
import { clientFor, type Credentials } from '../session.js';
import { baseStyles } from '../styles.js';
import { problemText } from './problem-text.js';

declare global {
  interface HTMLElementEventMap {
    'psybook-admin:signed-in': CustomEvent<Credentials>;
  }
}

/** Checks credentials with a call only an admin may make; resolves to an error text or null. */
export async function checkCredentials(credentials: Credentials): Promise<string | null> {
  try {
    await clientFor(credentials).admin.psychologists.list();
    return null;
  } catch (error) {
    if (isApiError(error) && error.status === 403) return t('notAdmin');
    return t('tokenRejected', { reason: problemText(error) });
  }
}

/**
 * @summary Sign-in with a pasted access token (an admin JWT, or a Supabase session's access
 * token). Dispatches `psybook-admin:signed-in` with the credentials once the API accepts them.
 */
@customElement('psybook-sign-in')
export class PsybookSignIn extends LitElement {
  static override styles = baseStyles;

  @state() private error = '';
  @state() private busy = false;
  @query('input') private input!: HTMLInputElement;
  private readonly locale = new LocaleController(this);

  override firstUpdated() {
    this.input.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const token = this.input.value.trim();
    if (!token) return;
    this.busy = true;
    this.error = (await checkCredentials({ token })) ?? '';
    this.busy = false;
    if (this.error) {
      await this.updateComplete;
      this.input.focus();
      return;
    }
    this.dispatchEvent(
      new CustomEvent('psybook-admin:signed-in', { detail: { token }, bubbles: true, composed: true }),
    );
  }

  override render() {
    return html`<section class="panel" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">${t('signInHeading')}</h2>
      <p class="muted" id="sign-in-help">${t('signInHelp')}</p>
      <form class="row" @submit=${this.submit}>
        <label
          >${t('tokenLabel')}
          <input
            type="password"
            name="token"
            autocomplete="off"
            spellcheck="false"
            size="48"
            required
            aria-describedby="sign-in-help ${this.error ? 'sign-in-error' : ''}"
            aria-invalid=${this.error ? 'true' : 'false'}
        /></label>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t('signingIn') : t('signIn')}</button>
      </form>
      ${this.error ? html`<p id="sign-in-error" class="error" role="alert">${this.error}</p>` : null}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'psybook-sign-in': PsybookSignIn;
  }
}

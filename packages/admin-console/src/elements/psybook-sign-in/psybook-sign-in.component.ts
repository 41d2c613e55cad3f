import { LitElement, html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { emit } from '../../events.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { checkCredentials, type Refusal } from '../../session.js';
import { styles } from './psybook-sign-in.styles.js';

/**
 * Sign-in with a pasted access token (an admin JWT, or a Supabase session's access token).
 *
 * @tagname psybook-sign-in
 * @summary Asks for an admin access token and checks it with the API before signing in.
 *
 * @event psybook:signed-in - The API accepted the token (`detail.token`).
 */
export class PsybookSignIn extends LitElement {
  static override styles = styles;

  /** Why the last token was refused; kept as a reason, so its sentence follows the language. */
  @state() private refusal: Refusal | undefined;
  @state() private busy = false;
  @query('input') private input!: HTMLInputElement;
  private readonly localize = new LocalizeController(this);

  override firstUpdated() {
    this.input.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const token = this.input.value.trim();
    if (!token) return;
    this.busy = true;
    this.refusal = await checkCredentials({ token });
    this.busy = false;
    if (this.refusal) {
      await this.updateComplete;
      this.input.focus();
      return;
    }
    emit(this, 'psybook:signed-in', { token });
  }

  override render() {
    const { t } = this.localize;
    const { refusal } = this;
    const error = refusal && (refusal.kind === 'not_admin' ? t.notAdmin : t.tokenRejected(refusal.reason));
    return html`<section class="panel" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">${t.signInHeading}</h2>
      <p class="muted" id="sign-in-help">${t.signInHelp}</p>
      <form class="row" @submit=${this.submit}>
        <label
          >${t.tokenLabel}
          <input
            type="password"
            name="token"
            autocomplete="off"
            spellcheck="false"
            size="48"
            required
            aria-describedby="sign-in-help ${error ? 'sign-in-error' : ''}"
            aria-invalid=${error ? 'true' : 'false'}
        /></label>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t.signingIn : t.signIn}</button>
      </form>
      ${error ? html`<p id="sign-in-error" class="error" role="alert">${error}</p>` : null}
    </section>`;
  }
}

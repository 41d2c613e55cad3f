import { html } from 'lit';
import type { Strings } from '../../i18n/index.js';
import type { Failure } from '../../api.js';

/** A visible wait; the element's live region says the same words to screen readers. */
export function loading(text: string) {
  return html`<p class="loading" part="loading" aria-busy="true">
    <span class="spinner" aria-hidden="true"></span>${text}
  </p>`;
}

/** A failed load or send, with the one action that helps. */
export function loadFailed(t: Strings, retry: () => void, message = t.networkError) {
  return html`<div class="alert" part="alert" role="alert">
    <p>${message}</p>
    <button type="button" class="secondary" part="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** The sentence for a failure the patient can only retry. */
export function failureText(t: Strings, failure: Failure): string {
  return failure.kind === 'network' ? t.networkError : t.genericError;
}

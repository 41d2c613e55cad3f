import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { countryOptions } from '../../phone.js';
import type { Details, Field } from '../booking-flow.js';
import type { View } from '../view.js';

interface InputSpec {
  field: Field;
  label: string;
  autocomplete: string;
  type?: string;
  required?: boolean;
  hint?: string;
}

/**
 * One labelled field. Its error sits right under it and is tied to it with
 * `aria-describedby`, and `aria-invalid` marks it, so a screen reader reads both together.
 */
function input(view: View, spec: InputSpec) {
  const { t, flow } = view;
  const error = flow.errors[spec.field];
  const describedBy = [spec.hint ? `${spec.field}-hint` : '', error ? `${spec.field}-error` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) => flow.update(spec.field, (event.target as HTMLInputElement).value);
  const control =
    spec.field === 'notes'
      ? html`<textarea
          id=${spec.field}
          name=${spec.field}
          rows="3"
          maxlength="2000"
          part="input"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          .value=${flow.details.notes}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${spec.field}
          name=${spec.field}
          type=${spec.type ?? 'text'}
          part="input"
          autocomplete=${spec.autocomplete}
          ?required=${spec.required ?? false}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          .value=${flow.details[spec.field as keyof Details]}
          @input=${onInput}
        />`;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${spec.field} part="label">${spec.label}</label>
    ${control} ${spec.hint ? html`<p class="hint" id="${spec.field}-hint">${spec.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" part="field-error" id="${spec.field}-error">${t[error]}</p>` : nothing}
  </div>`;
}

/** First and last name, phone with country, optional email and note; checked before review. */
export function detailsStep(view: View, submit: (event: Event) => void) {
  const { t, lang, flow } = view;
  const count = Object.keys(flow.errors).length;
  return html`<form class="details" novalidate @submit=${submit}>
    ${count ? html`<p class="alert" part="alert" role="alert">${t.errorSummary(count)}</p>` : nothing}
    <div class="row">
      ${input(view, { field: 'firstName', label: t.firstName, autocomplete: 'given-name', required: true })}
      ${input(view, { field: 'lastName', label: t.lastName, autocomplete: 'family-name', required: true })}
    </div>
    <div class="row phone-row">
      <div class="field">
        <label for="country" part="label">${t.country}</label>
        <select
          id="country"
          name="country"
          part="input"
          autocomplete="country"
          @change=${(event: Event) => flow.update('country', (event.target as HTMLSelectElement).value)}
        >
          ${countryOptions(lang).map(
            (c) => html`<option value=${c.code} ?selected=${c.code === flow.details.country}>${c.label}</option>`,
          )}
        </select>
      </div>
      ${input(view, { field: 'phone', label: t.phone, autocomplete: 'tel', type: 'tel', required: true, hint: t.phoneHint })}
    </div>
    ${input(view, { field: 'email', label: t.email, autocomplete: 'email', type: 'email' })}
    ${input(view, { field: 'notes', label: t.notes, autocomplete: 'off' })}
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${() => flow.back()}>${t.back}</button>
      <button type="submit" class="primary" part="button primary-button">${t.continue}</button>
    </div>
  </form>`;
}

import { html, nothing } from 'lit';
import { fullName, type View } from '../view.js';

/** One button per psychologist, with their short bio. */
export function psychologistStep({ flow }: View) {
  return html`<ul class="choices" role="list">
    ${flow.psychologists.map(
      (p) =>
        html`<li>
          <button type="button" class="choice" part="choice" @click=${() => flow.choosePsychologist(p)}>
            <span class="choice-title">${fullName(p)}</span>
            ${p.bio ? html`<span class="choice-text">${p.bio}</span>` : nothing}
          </button>
        </li>`,
    )}
  </ul>`;
}

import { html, nothing } from 'lit';
import { timeIn, zoneLabel, zonesDiffer } from '../../format.js';
import type { View } from '../view.js';
import { describeFailure } from '../../api.js';
import { failureText, loading, loadFailed } from './status.js';

/** The chosen day's free times in the visitor's zone, the clinic's in brackets when it differs. */
export function timesStep(view: View) {
  const { t, lang, flow, config, zone } = view;
  const notice = flow.notice ? html`<p class="alert" part="alert" role="alert">${t[flow.notice]}</p>` : nothing;
  const body = flow.slots.render({
    pending: () => loading(t.loadingTimes),
    error: (error) => loadFailed(t, () => void flow.slots.run(), failureText(t, describeFailure(error))),
    complete: () => {
      const slots = flow.daySlots;
      if (!slots.length) return html`<p class="hint">${t.noTimes}</p>`;
      const differs = slots.some((slot) => zonesDiffer(slot.startsAt, zone, config.timezone));
      return html`
        ${
          differs
            ? html`<p class="hint" part="timezone-note">
                ${t.yourTimeZone(zoneLabel(zone))} ${t.clinicTimeZone(zoneLabel(config.timezone))}
              </p>`
            : nothing
        }
        <ul class="times" role="list">
          ${slots.map((slot) => {
            const local = timeIn(slot.startsAt, zone, lang);
            const clinic = timeIn(slot.startsAt, config.timezone, lang);
            return html`<li>
              <button type="button" class="time" part="time" @click=${() => flow.chooseSlot(slot)}>
                ${local}${differs ? html` <span class="clinic-time">(<span class="sr-only">${t.clinicTime(clinic)}</span><span aria-hidden="true">${clinic}</span>)</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>
      `;
    },
  });
  return html`${notice}${body}`;
}

import { html, nothing } from 'lit';
import { dayAndTimeIn, timeIn, zoneLabel, zonesDiffer } from '../../format.js';
import { internationalPhone } from '../../phone.js';
import { fullName, type View } from '../view.js';
import { failureText, loading, loadFailed } from './status.js';

/** "Tuesday 3 March, 15:00 (14:00 clinic time, Madrid)" in the visitor's zone. */
export function whenText({ t, lang, config, zone }: View, startsAt: string): string {
  const local = dayAndTimeIn(startsAt, zone, lang);
  if (!zonesDiffer(startsAt, zone, config.timezone)) return local;
  return `${local} (${t.clinicTime(timeIn(startsAt, config.timezone, lang))}, ${zoneLabel(config.timezone)})`;
}

/** Everything the patient is about to send, and the button that books. */
export function reviewStep(view: View) {
  const { t, flow } = view;
  const { psychologist, slot, details } = flow;
  if (!psychologist || !slot) return nothing;
  const rows: [string, string][] = [
    [t.psychologist, fullName(psychologist)],
    [t.when, whenText(view, slot.startsAt)],
    [t.name, `${details.firstName.trim()} ${details.lastName.trim()}`],
    [t.phone, internationalPhone(details.phone, details.country) ?? details.phone],
  ];
  if (details.email.trim()) rows.push([t.email, details.email.trim()]);
  if (details.notes.trim()) rows.push([t.notesLabel, details.notes.trim()]);
  return html`
    <dl class="summary" part="summary">
      ${rows.map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${flow.submitFailure ? loadFailed(t, () => void flow.confirm(), failureText(t, flow.submitFailure)) : nothing}
    ${flow.submitting ? loading(t.booking) : nothing}
    <div class="actions">
      <button type="button" class="secondary" part="button" ?disabled=${flow.submitting} @click=${() => flow.back()}>
        ${t.back}
      </button>
      <button
        type="button"
        class="primary"
        part="button primary-button"
        aria-disabled=${flow.submitting ? 'true' : 'false'}
        @click=${() => void flow.confirm()}
      >
        ${t.confirm}
      </button>
    </div>
  `;
}

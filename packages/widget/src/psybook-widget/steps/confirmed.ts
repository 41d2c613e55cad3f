import { html, nothing } from 'lit';
import { googleCalendarUrl, icsHref, type CalendarEntry } from '../../calendar-file.js';
import { fullName, type View } from '../view.js';
import { whenText } from './review.js';

/** The booked appointment, add-to-calendar links and the manage link. */
export function confirmedStep(view: View, manageUrl: string) {
  const { t, flow, config } = view;
  const { result, psychologist } = flow;
  if (!result || !psychologist) return nothing;
  const { appointment } = result;
  const name = fullName(psychologist);
  const entry: CalendarEntry = {
    uid: `appointment-${appointment.id}@psybook`,
    title: t.calendarTitle(config.clinicName, name),
    details: t.calendarDetails(manageUrl),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    location: config.clinicName,
  };
  return html`
    <p class="lead">${t.confirmedText(flow.details.firstName.trim(), name, whenText(view, appointment.startsAt))}</p>
    <ul class="links" role="list">
      <li><a part="link" href=${icsHref(entry)} download="appointment.ics">${t.downloadIcs}</a></li>
      <li>
        <a part="link" href=${googleCalendarUrl(entry)} target="_blank" rel="noopener noreferrer">
          ${t.googleCalendar} <span class="sr-only">${t.opensNew}</span>
        </a>
      </li>
      <li>
        <a part="link manage-link" href=${manageUrl} target="_blank" rel="noopener noreferrer">
          ${t.manage} <span class="sr-only">${t.opensNew}</span>
        </a>
      </li>
    </ul>
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${() => flow.restart()}>${t.bookAnother}</button>
    </div>
  `;
}

import { html, nothing } from 'lit';
import { dateOf, lastDayOf, longDay, monthTitle, weekdayNames } from '../../format.js';
import type { View } from '../view.js';
import { describeFailure } from '../../api.js';
import { failureText, loading, loadFailed } from './status.js';

/** The month's days, Monday first: `undefined` pads the first week. */
function monthCells(month: string): (string | undefined)[] {
  const first = dateOf(`${month}-01`);
  const pad = (first.getUTCDay() + 6) % 7;
  const days = Number(lastDayOf(month).slice(8));
  const cells: (string | undefined)[] = Array.from({ length: pad }, () => undefined);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(undefined);
  return cells;
}

/** A month table where only days with free slots are buttons; the rest are plain numbers. */
export function calendarStep(view: View) {
  const { t, lang, flow } = view;
  const free = new Set((flow.slots.value ?? []).map((slot) => slot.date));
  const cells = monthCells(flow.month);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const short = weekdayNames(lang, 'short');
  const long = weekdayNames(lang, 'long');
  const body = flow.slots.render({
    pending: () => loading(t.loadingTimes),
    error: (error) => loadFailed(t, () => void flow.slots.run(), failureText(t, describeFailure(error))),
    complete: () => html`
      <table class="calendar" part="calendar">
        <caption class="sr-only">
          ${monthTitle(flow.month, lang)}
        </caption>
        <thead>
          <tr>
            ${short.map((name, i) => html`<th scope="col"><abbr title=${long[i]!}>${name}</abbr></th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.map((date) => {
                  if (!date) return html`<td></td>`;
                  const day = Number(date.slice(8));
                  return free.has(date)
                    ? html`<td>
                        <button
                          type="button"
                          class="day"
                          part="day"
                          aria-label="${longDay(date, lang)}, ${t.freeDay}"
                          @click=${() => flow.chooseDate(date)}
                        >
                          ${day}
                        </button>
                      </td>`
                    : html`<td><span class="day-off">${day}</span></td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
      ${free.size ? nothing : html`<p class="hint">${t.noDaysInMonth}</p>`}
    `,
  });
  return html`
    <div class="month-bar">
      <button
        type="button"
        class="icon-button"
        part="button"
        aria-label=${t.previousMonth}
        ?disabled=${!flow.canGoBackMonth}
        @click=${() => flow.showMonth(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <p class="month-title" aria-live="polite">${monthTitle(flow.month, lang)}</p>
      <button
        type="button"
        class="icon-button"
        part="button"
        aria-label=${t.nextMonth}
        ?disabled=${!flow.canGoForwardMonth}
        @click=${() => flow.showMonth(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
    ${body}
  `;
}

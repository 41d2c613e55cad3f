/* global window, document, fetch, URLSearchParams */
// The patient's manage link (the widget's `manage-url`): shows the appointment the token
// names and lets its holder cancel it. Plain fetch against the same origin's API.
const token = new URLSearchParams(window.location.search).get('token') ?? '';
const $ = (id) => document.getElementById(id);
const status = $('manage-status');
const cancel = $('manage-cancel');

async function api(path, init) {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(body.title ?? `HTTP ${res.status}`), { code: body.code });
  return body;
}

function show(appointment, psychologists) {
  const who = psychologists.find((p) => p.id === appointment.psychologistId);
  $('manage-with').textContent = who ? `${who.firstName} ${who.lastName}` : '—';
  $('manage-when').textContent = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(appointment.startsAt),
  );
  $('manage-state').textContent = appointment.status;
  $('manage-details').hidden = false;
  const active = appointment.status === 'scheduled' || appointment.status === 'confirmed';
  cancel.hidden = !active;
  status.textContent = active ? 'Here is your appointment.' : 'This appointment is cancelled; the time is free again.';
}

async function load() {
  try {
    const path = `/v1/bookings/${encodeURIComponent(token)}`;
    const [{ appointment }, { data }] = await Promise.all([api(path), api('/v1/psychologists')]);
    show(appointment, data);
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      status.textContent = 'Cancelling…';
      try {
        const result = await api(`${path}/cancel`, { method: 'POST' });
        show(result.appointment, data);
        $('manage-heading').focus();
      } catch {
        status.textContent = 'We could not cancel it just now. Please try again.';
      } finally {
        cancel.disabled = false;
      }
    });
  } catch (error) {
    status.textContent =
      error.code === 'not_found' || error.code === 'validation_failed'
        ? 'We could not find this appointment. The link may be incomplete.'
        : 'We could not load your appointment. Please try again in a moment.';
  }
}

void load();

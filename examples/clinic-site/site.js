/* global window, document */
// The host page's own analytics, as a clinic would wire them: the widget's DOM events carry the
// same moments as its metrics, so the page can count conversions without an iframe in the way.
const log = (window.clinicAnalytics = window.clinicAnalytics || []);

for (const type of ['psybook:variant', 'psybook:step', 'psybook:booked', 'psybook:error', 'psybook:chat']) {
  document.addEventListener(type, (event) => {
    log.push({ type, detail: event.detail, at: Date.now() });
  });
}

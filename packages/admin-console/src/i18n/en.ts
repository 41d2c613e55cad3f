/** The figures a verdict sentence names, already formatted. */
export interface Verdict {
  leader: string;
  points: string;
  a: string;
  b: string;
  p: string;
}

/** Who and when an appointment is, as staff read it. */
export interface AppointmentRef {
  patient: string;
  date: string;
  time: string;
}

/** English strings. Other languages implement the same shape (`Strings`), checked by the compiler. */
export const en = {
  title: 'Clinic console',
  language: 'Language',
  signOut: 'Sign out',
  signInHeading: 'Sign in',
  signInHelp:
    'Paste an admin access token (npm start prints one; in production, a Supabase access token of a clinic admin).',
  tokenLabel: 'Access token',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  tokenRejected: (reason: string) => `That token was not accepted: ${reason}`,
  notAdmin: 'This token is not a clinic admin’s, so the console cannot show the report or manage bookings.',
  loading: 'Loading…',
  retry: 'Try again',
  failed: (reason: string) => `Something went wrong: ${reason}`,
  navReport: 'A/B report',
  navAppointments: 'Appointments',
  navAvailability: 'Availability',

  reportHeading: 'Which way books more patients?',
  from: 'From',
  to: 'To',
  show: 'Show',
  downloadCsv: 'Download CSV',
  demoData: 'Demo data: these figures were generated to show how the report works; they are not real visits.',
  webForm: 'Web form',
  clickToChat: 'WhatsApp chat',
  sessions: 'Visits',
  conversions: 'Bookings',
  conversionRate: 'Conversion',
  interval: '95% interval',
  intervalHelp: (low: string, high: string) => `The true rate is very likely between ${low} and ${high}.`,
  medianTime: 'Median time to book',
  p90Time: '90% book within',
  noBookings: 'no bookings yet',
  summaryLikely: ({ leader, points, a, b, p }: Verdict) =>
    `${leader} converts ${points} points better (${a} vs ${b}); this difference is unlikely to be chance, ${p}.`,
  summaryUnclear: ({ leader, points, a, b, p }: Verdict) =>
    `${leader} converts ${points} points better (${a} vs ${b}), but a difference this size could easily be chance (${p}); keep the experiment running.`,
  summaryEqual: (a: string) => `Both ways convert at the same rate (${a}); there is no difference to explain.`,
  summaryNone: 'There is not enough data in this range to compare the two ways yet.',
  funnelHeading: (arm: string) => `${arm} funnel`,
  step: 'Step',
  reached: 'Visits reaching it',
  ofVisits: 'Share of visits',
  dailyHeading: 'Daily conversion',
  dailySummary: (from: string, to: string) => `Daily conversion rate of both ways from ${from} to ${to}.`,
  dailyTable: 'Daily figures',
  date: 'Date',

  event_widget_view: 'Saw the widget',
  event_variant_assigned: 'Assigned to this way',
  event_psychologist_selected: 'Chose a psychologist',
  event_date_selected: 'Chose a day',
  event_slot_selected: 'Chose a time',
  event_details_submitted: 'Sent their details',
  event_booking_confirmed: 'Booked',
  event_chat_clicked: 'Clicked the chat button',
  event_chat_started: 'Started the chat',
  event_chat_step: 'Answered the bot',
  event_chat_completed: 'Booked in the chat',

  appointmentsHeading: 'Today and upcoming appointments',
  noAppointments: 'No appointments from today on.',
  time: 'Time',
  psychologist: 'Psychologist',
  patient: 'Patient',
  entryMethod: 'Booked through',
  status: 'Status',
  actions: 'Actions',
  status_scheduled: 'Scheduled',
  status_confirmed: 'Confirmed',
  status_completed: 'Completed',
  status_cancelled: 'Cancelled',
  confirm: 'Confirm',
  complete: 'Complete',
  cancel: 'Cancel',
  actionLabel: (action: string, { patient, date, time }: AppointmentRef) =>
    `${action} the appointment of ${patient} on ${date} at ${time}`,
  updated: ({ patient, date, time }: AppointmentRef, status: string) =>
    `Appointment of ${patient} on ${date} at ${time}: ${status}.`,

  availabilityHeading: 'Weekly availability',
  availabilityHelp: 'Windows are in the clinic’s time zone; patients can book sessions inside them.',
  noWindows: 'No weekly windows yet.',
  day: 'Day',
  start: 'Start',
  end: 'End',
  active: 'Active',
  save: 'Save',
  remove: 'Remove',
  add: 'Add window',
  addHeading: 'Add a window',
  windowLabel: (day: string, start: string, end: string) => `${day} ${start}–${end}`,
  saved: (window: string) => `Saved: ${window}.`,
  removed: (window: string) => `Removed: ${window}.`,
  added: (window: string) => `Added: ${window}.`,
  day_0: 'Sunday',
  day_1: 'Monday',
  day_2: 'Tuesday',
  day_3: 'Wednesday',
  day_4: 'Thursday',
  day_5: 'Friday',
  day_6: 'Saturday',
};

export type Strings = typeof en;

/**
 * Everything the bot says, per language. Button titles stay within 20 characters and list
 * labels within 20/24 (tests check every outbound message against Meta's limits).
 */
export interface Strings {
  /** For Intl date formatting. */
  locale: string;
  welcome(clinic: string): string;
  choosePsychologist: string;
  psychologistsButton: string;
  chooseDay(psychologist: string): string;
  daysButton: string;
  chooseTime(day: string): string;
  timesButton: string;
  nextFreeTimes: string;
  more: string;
  moreDescription: string;
  noDays(psychologist: string): string;
  noTimes(day: string): string;
  askNameConfirm(name: string): string;
  nameYes: string;
  nameOther: string;
  askName: string;
  nameNeedsSurname: string;
  confirm(summary: string): string;
  confirmButton: string;
  changeTimeButton: string;
  startOverButton: string;
  booked(summary: string): string;
  myAppointmentsButton: string;
  bookAnotherButton: string;
  slotTaken: string;
  bookingFailed: string;
  tooManyBookings: string;
  notUnderstood: string;
  outdatedTap: string;
  unsupported: string;
  restarted: string;
  noAppointments: string;
  yourAppointments: string;
  appointmentsButton: string;
  confirmCancel(summary: string): string;
  cancelYes: string;
  cancelNo: string;
  cancelled(summary: string): string;
  kept: string;
  alreadyGone: string;
  helpFooter: string;
  /** "with Lucía Fernández" in a summary line. */
  withPsychologist(name: string): string;
  at: string;
  freeTimes(count: number): string;
  anythingElse: string;
}

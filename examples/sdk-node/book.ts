// Lists a psychologist's free times and books the first one, with the typed SDK.
//   PSYBOOK_URL=http://localhost:3000 node --import tsx examples/sdk-node/book.ts
// Optional: PSYBOOK_PSYCHOLOGIST_ID, PSYBOOK_PHONE (the patient's), PSYBOOK_DAYS (how far to look).
import { createClient, isConflictError, isPsybookError, type Slot } from '@psybook/client-sdk';

const psybook = createClient({ baseUrl: process.env['PSYBOOK_URL'] ?? 'http://localhost:3000' });

/** Today's date in the clinic's time zone, and `days` later, as YYYY-MM-DD. */
function dateRange(timeZone: string, days: number) {
  const format = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);
  return { from: format(new Date()), to: format(new Date(Date.now() + days * 86_400_000)) };
}

async function main() {
  const config = await psybook.config.get();
  const { data: psychologists } = await psybook.psychologists.list();
  const wanted = Number(process.env['PSYBOOK_PSYCHOLOGIST_ID'] ?? psychologists[0]?.id);
  const psychologist = psychologists.find((p) => p.id === wanted);
  if (!psychologist) throw new Error('No such psychologist at this clinic');

  const range = dateRange(
    config.timezone,
    Math.min(Number(process.env['PSYBOOK_DAYS'] ?? 14), config.bookingHorizonDays - 1),
  );
  const slots = await psybook.slots.list({ psychologistId: psychologist.id, ...range });
  console.log(
    `${config.clinicName}: ${slots.data.length} free times with ${psychologist.firstName} ${psychologist.lastName} (${slots.timezone})`,
  );
  for (const slot of slots.data.slice(0, 5)) console.log(`  ${slot.date} ${slot.startTime}–${slot.endTime}`);

  // Someone else may take a time between listing and booking: the API says so with a code.
  for (const slot of slots.data.slice(0, 3) as Slot[]) {
    try {
      const { appointment, manageToken } = await psybook.bookings.create({
        psychologistId: psychologist.id,
        date: slot.date,
        startTime: slot.startTime,
        entryMethod: 'web_form',
        patient: { firstName: 'Sam', lastName: 'Example', phone: process.env['PSYBOOK_PHONE'] ?? '+34600123456' },
      });
      console.log(
        `Booked appointment ${appointment.id}: ${appointment.date} ${appointment.startTime} (${appointment.startsAt})`,
      );
      console.log(`Manage it with token ${manageToken}`);
      return;
    } catch (error) {
      if (isConflictError(error) && error.code === 'slot_taken') continue;
      throw error;
    }
  }
  throw new Error('No free time could be booked');
}

main().catch((error: unknown) => {
  console.error(isPsybookError(error) ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});

import { z } from 'zod';
import { Id, LocalTime } from './common.js';

/** Public view of a psychologist: no contact details. */
export const Psychologist = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  bio: z.string().nullable(),
});
export type Psychologist = z.infer<typeof Psychologist>;

export const PsychologistList = z.object({ data: z.array(Psychologist) });
export type PsychologistList = z.infer<typeof PsychologistList>;

const name = z.string().trim().min(1).max(100);

/** Admin view: everything, including inactive ones. */
export const AdminPsychologist = Psychologist.extend({
  email: z.email(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
});
export type AdminPsychologist = z.infer<typeof AdminPsychologist>;

export const CreatePsychologist = z.strictObject({
  firstName: name,
  lastName: name,
  email: z.email().max(100),
  phone: z.string().max(30).nullable().optional(),
  bio: z.string().max(2000).nullable().optional(),
  isActive: z.boolean().optional(),
});
export type CreatePsychologist = z.infer<typeof CreatePsychologist>;

export const UpdatePsychologist = CreatePsychologist.partial();
export type UpdatePsychologist = z.infer<typeof UpdatePsychologist>;

/** A weekly window in the clinic's time zone; 0 is Sunday. */
export const AvailabilityWindow = z.object({
  id: Id,
  psychologistId: Id,
  dayOfWeek: z.number().int().min(0).max(6),
  startTime: LocalTime,
  endTime: LocalTime,
  isActive: z.boolean(),
});
export type AvailabilityWindow = z.infer<typeof AvailabilityWindow>;

export const CreateAvailabilityWindow = z
  .strictObject({
    dayOfWeek: z.number().int().min(0).max(6),
    startTime: LocalTime,
    endTime: LocalTime,
    isActive: z.boolean().optional(),
  })
  .refine((w) => w.startTime < w.endTime, { message: 'must be after startTime', path: ['endTime'] });
export type CreateAvailabilityWindow = z.infer<typeof CreateAvailabilityWindow>;

export const AvailabilityList = z.object({ data: z.array(AvailabilityWindow) });

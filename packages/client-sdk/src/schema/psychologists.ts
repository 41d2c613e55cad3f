import * as z from 'zod';
import { freeText, Id, IdParam, lineOfText, LocalTime } from './common.js';

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

const name = lineOfText(100).min(1);

/** Admin view: everything, including inactive ones. */
export const AdminPsychologist = Psychologist.extend({
  email: z.email(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
});
export type AdminPsychologist = z.infer<typeof AdminPsychologist>;

export const AdminPsychologistList = z.object({ data: z.array(AdminPsychologist) });
export type AdminPsychologistList = z.infer<typeof AdminPsychologistList>;

export const CreatePsychologist = z.strictObject({
  firstName: name,
  lastName: name,
  email: z.email().max(100),
  phone: lineOfText(30).nullable().optional(),
  bio: freeText(2000).nullable().optional(),
  isActive: z.boolean().optional(),
});
export type CreatePsychologist = z.infer<typeof CreatePsychologist>;

export const UpdatePsychologist = CreatePsychologist.partial().refine(
  (body) => Object.values(body).some((value) => value !== undefined),
  { message: 'give at least one field' },
);
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

const availabilityFields = {
  dayOfWeek: z.number().int().min(0).max(6).describe('0 is Sunday, 6 is Saturday'),
  startTime: LocalTime,
  endTime: LocalTime,
  isActive: z.boolean().optional(),
};

export const CreateAvailabilityWindow = z
  .strictObject(availabilityFields)
  .refine((w) => w.startTime < w.endTime, { message: 'must be after startTime', path: ['endTime'] });
export type CreateAvailabilityWindow = z.infer<typeof CreateAvailabilityWindow>;

/** A partial change; when both times are given, the end must be after the start. */
export const UpdateAvailabilityWindow = z
  .strictObject({
    dayOfWeek: availabilityFields.dayOfWeek.optional(),
    startTime: LocalTime.optional(),
    endTime: LocalTime.optional(),
    isActive: z.boolean().optional(),
  })
  .refine((w) => Object.values(w).some((value) => value !== undefined), { message: 'give at least one field' })
  .refine((w) => !(w.startTime && w.endTime) || w.startTime < w.endTime, {
    message: 'must be after startTime',
    path: ['endTime'],
  });
export type UpdateAvailabilityWindow = z.infer<typeof UpdateAvailabilityWindow>;

export const AvailabilityList = z.object({ data: z.array(AvailabilityWindow) });
export type AvailabilityList = z.infer<typeof AvailabilityList>;

/** The path parameters of `/v1/admin/psychologists/:id/availability/:windowId`. */
export const AvailabilityWindowParams = z.strictObject({ id: IdParam, windowId: IdParam });

import { expect } from 'vitest';
import type { Patient } from './patient.js';

/**
 * Walks a Spanish-speaking patient (whose profile name has a surname) from "Hola" to the
 * confirmation, e.g. `toConfirm(p, 'Lucía', 'mañana', '17:00')`.
 */
export async function toConfirm(patient: Patient, psychologist: string, day: string, time: string): Promise<void> {
  await patient.say('Hola', 2);
  await patient.tap(psychologist);
  await patient.say(day);
  await patient.say(time);
  await patient.tap('Sí');
  expect(patient.titles()).toEqual(['Confirmar', 'Cambiar hora', 'Empezar de nuevo']);
}

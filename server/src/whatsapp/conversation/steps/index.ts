import type { Step } from '../../state.js';
import type { StepHandler } from '../turn.js';
import { appointmentsStep, cancelConfirmStep } from './appointments.js';
import { confirmStep } from './confirm.js';
import { dayStep } from './day.js';
import { menuStep } from './menu.js';
import { nameStep, nameTypedStep } from './name.js';
import { psychologistStep } from './psychologist.js';
import { timeStep } from './time.js';

export const STEP_HANDLERS: Record<Step, StepHandler> = {
  psychologist: psychologistStep,
  day: dayStep,
  time: timeStep,
  name: nameStep,
  name_typed: nameTypedStep,
  confirm: confirmStep,
  booked: menuStep,
  appointments: appointmentsStep,
  cancel_confirm: cancelConfirmStep,
};

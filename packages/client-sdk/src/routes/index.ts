import * as admin from './admin.js';
import * as bookings from './bookings.js';
import * as experiments from './experiments.js';
import * as operators from './operators.js';
import * as publicRoutes from './public.js';
import * as staff from './staff.js';
import * as whatsapp from './whatsapp.js';
import type { Route } from './route.js';

export * from './route.js';
export { PROBLEM_CODES } from './problems.js';
export { EXAMPLES, type RouteExamples } from './examples.js';
export * from './admin.js';
export * from './bookings.js';
export * from './experiments.js';
export * from './operators.js';
export * from './public.js';
export * from './staff.js';
export * from './whatsapp.js';

/** Every endpoint of the API, in the order the reference lists them. */
export const ROUTES: readonly Route[] = [
  ...Object.values(publicRoutes),
  ...Object.values(bookings),
  ...Object.values(staff),
  ...Object.values(admin),
  ...Object.values(experiments),
  ...Object.values(whatsapp),
  ...Object.values(operators),
];

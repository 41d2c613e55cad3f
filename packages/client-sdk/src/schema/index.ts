export * from './common.js';
export * from './config.js';
export * from './psychologists.js';
export * from './slots.js';
export * from './bookings.js';
export * from './appointments.js';
export * from './metrics.js';
export * from './reports.js';
export * from './operators.js';
export * from './whatsapp.js';
// The route table rides on this entry so the server and docs import the contract from one place.
export * as routes from '../routes/index.js';
export {
  ROUTES,
  EXAMPLES,
  PROBLEM_CODES,
  TAGS,
  type Access,
  type BodyOf,
  type CallerRole,
  type HeadersOf,
  type OkBodyOf,
  type ParamsOf,
  type QueryOf,
  type Route,
  type RouteExamples,
  type Tag,
} from '../routes/index.js';

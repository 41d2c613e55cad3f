export * from './common.js';
export * from './config.js';
export * from './psychologists.js';
export * from './slots.js';
export * from './bookings.js';
export * from './appointments.js';
export * from './metrics.js';
export * from './reports.js';

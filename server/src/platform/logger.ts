import { pino, type Logger } from 'pino';

/**
 * Personal data and secrets never reach the logs. Paths cover our own log objects and
 * anything that carries a request body or headers; `*` covers one level of nesting.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'res.headers["set-cookie"]',
  '*.phone',
  '*.firstName',
  '*.lastName',
  '*.first_name',
  '*.last_name',
  '*.email',
  '*.notes',
  '*.name',
  '*.text',
  '*.manageToken',
  '*.token',
  'phone',
  'firstName',
  'lastName',
  'email',
  'notes',
  'body',
  '*.body',
  // Database errors carry the failing row (detail) and the query's parameters.
  'err.detail',
  'err.params',
  'err.parameters',
  'err.where',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'psybook' },
    },
    destination,
  );
}

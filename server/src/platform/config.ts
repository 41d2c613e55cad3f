import { z } from 'zod';

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

const minutes = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The example clinic's name (examples/clinic-site); the demo's default CLINIC_NAME. */
export const DEMO_CLINIC_NAME = 'Serena Psychology';

/** What patients see when a real deployment forgot CLINIC_NAME (main.ts warns). */
export const UNNAMED_CLINIC = 'Psybook';

/** Every setting the server reads, with its default. `.env.example` lists the same names. */
export const configFields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Public base URL for links we hand out (manage links); defaults to http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  API_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  API_DB_PASSWORD: z.string().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Request pool connections (Postgres). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Per-request database limits, in milliseconds; past one the request is answered 503. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWKS_URL: z.url().optional(),
  /** Unset: the demo clinic's name when the demo is on; required otherwise. */
  CLINIC_NAME: z.string().min(1).max(200).optional(),
  /**
   * `1` turns the demo on (seed data, the example site, the WhatsApp simulator, a printed
   * token), `0` off. Unset: on only for the embedded database outside production.
   */
  DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  CLINIC_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Madrid')
    .default('Europe/Madrid'),
  DEFAULT_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as ES')
    .default('ES'),
  SESSION_MINUTES: minutes(50, 480),
  SLOT_STEP_MINUTES: minutes(60, 480),
  MIN_NOTICE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .default(120),
  BOOKING_HORIZON_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  ALLOWED_ORIGINS: csv.default([]),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  /**
   * Which proxies may name the client in X-Forwarded-For: a number of hops in front of the
   * server, or a comma list of addresses/subnets (`loopback`, `10.0.0.0/8`, …). Unset: none, so
   * the socket's address is the client (a header anyone can send decides nothing).
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be a number of proxy hops or a comma list of addresses')
    .optional()
    .transform((value) => (value === undefined ? false : /^\d+$/.test(value) ? Number(value) : value.split(/\s*,\s*/))),
  /** Live future appointments one phone number may hold at once (web and WhatsApp alike). */
  MAX_UPCOMING_PER_PHONE: z.coerce.number().int().min(1).max(1000).default(3),
  WHATSAPP_PHONE_NUMBER: z
    .string()
    .regex(/^\+?[1-9][0-9]{6,14}$/, 'must be a phone number in international format, e.g. +34600000000')
    .default('+34600000000'),
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  /** Where click-to-chat links open instead of wa.me (npm start sets the simulator without credentials). */
  WHATSAPP_CHAT_URL: z.url().optional(),
  WHATSAPP_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  CHAT_IDLE_MINUTES: minutes(30, 60 * 24 * 7),
  EXPERIMENT_SPLIT: z.coerce.number().min(0).max(1).default(0.5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The settings, checked together and with the demo resolved. */
export const configSchema = configFields
  .refine((config) => !(config.JWT_SECRET && config.JWKS_URL), {
    message: 'set JWT_SECRET or JWKS_URL, not both',
    path: ['JWKS_URL'],
  })
  .transform(({ DEMO, CLINIC_NAME, ...config }) => {
    const demo =
      DEMO === undefined ? !config.DATABASE_URL && config.NODE_ENV !== 'production' : DEMO === '1' || DEMO === 'true';
    const clinicName = CLINIC_NAME ?? (demo ? DEMO_CLINIC_NAME : UNNAMED_CLINIC);
    return { ...config, DEMO: demo, CLINIC_NAME: clinicName };
  });

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError' as const;
}

/**
 * Reads the environment. An empty variable counts as unset, so a blank line in `.env` keeps the
 * default. A bad value throws one line naming the variable (never its value: it may be secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join('.') || 'environment';
  throw new ConfigError(`invalid configuration: ${name} ${issue.message}`);
}

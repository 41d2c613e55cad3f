import * as z from 'zod';

/** `GET /healthz`: the process answers. */
export const Health = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof Health>;

/** `GET /readyz`: the process can reach its database. */
export const Readiness = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']).describe('Which engine the server runs on'),
});
export type Readiness = z.infer<typeof Readiness>;

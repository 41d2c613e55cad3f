import { createDocument, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import * as c from '@psybook/client-sdk/schema';
import { addParameterExamples, openApiPath, operationOf } from './operation.js';

const METHOD = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/** The OpenAPI 3.1 document of the API, generated from the contract's route table. */
export function buildOpenApiDocument(serverUrl?: string): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of c.ROUTES) {
    (paths[openApiPath(route.path)] ??= {})[METHOD[route.method]] = operationOf(route);
  }
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Psybook API',
      version: '1.0.0',
      description:
        'Online booking for psychology clinics. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
        'Dates and times are clinic-local (see `GET /v1/config` for the time zone); `*At` fields are exact instants.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative when no public URL is configured: the API is then wherever this document was served from.
    servers: [{ url: serverUrl ?? '/', description: 'This server' }],
    tags: Object.entries(c.TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A Supabase access token, or one from `npm run token`; its `role` claim picks the role.',
        },
        webhookSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Hub-Signature-256',
          description: '`sha256=` and the hex HMAC-SHA256 of the raw body with the WhatsApp app secret.',
        },
      },
      // Named once here, referenced everywhere they appear.
      schemas: {
        Problem: c.Problem,
        Slot: c.Slot,
        Psychologist: c.Psychologist,
        Appointment: c.Appointment,
        PatientDetails: c.PatientDetails,
        StaffAppointment: c.StaffAppointment,
        AdminPsychologist: c.AdminPsychologist,
        AvailabilityWindow: c.AvailabilityWindow,
        MetricEvent: c.MetricEvent,
        ArmReport: c.ArmReport,
      },
    },
    paths,
  });
  for (const route of c.ROUTES) {
    addParameterExamples(document.paths?.[openApiPath(route.path)]?.[METHOD[route.method]] ?? {}, route);
  }
  return document;
}

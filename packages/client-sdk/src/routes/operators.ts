import { Health, Readiness } from '../schema/operators.js';
import { route } from './route.js';

// Probes read no credentials and answer from below the API; a 4xx can only come from Node's parser.
const fromNode = { '431': "Request headers over Node's limit (16 KiB); answered by Node's HTTP parser, no body" };

export const getHealth = route({
  operationId: 'getHealth',
  method: 'GET',
  path: '/healthz',
  summary: 'Liveness: the process answers',
  tag: 'Operators',
  access: 'no-auth',
  ok: { status: 200, description: 'Alive', schema: Health },
  otherResponses: fromNode,
});

export const getReadiness = route({
  operationId: 'getReadiness',
  method: 'GET',
  path: '/readyz',
  summary: 'Readiness: the database is reachable',
  tag: 'Operators',
  access: 'no-auth',
  ok: { status: 200, description: 'Ready', schema: Readiness },
  problems: { 503: ['not_ready'] },
  otherResponses: fromNode,
});

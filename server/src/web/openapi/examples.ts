import { EXAMPLES, type Route, type RouteExamples } from '@psybook/client-sdk/schema';

/** The examples the reference shows for a route, from the contract's examples by operationId. */
export const examplesOf = (route: Route): RouteExamples =>
  (EXAMPLES as Record<string, RouteExamples | undefined>)[route.operationId] ?? {};

import type { Request, RequestHandler, Response, Router } from 'express';
import type { BodyOf, HeadersOf, OkBodyOf, ParamsOf, QueryOf, Route } from '@psybook/client-sdk/schema';
import type { Claims } from '../db/types.js';
import { claimsOf, requireRole } from './authenticate.js';
import { parse } from './validate.js';

/** A handler's input: each part its route declares, parsed by the route's schema, and the caller. */
export interface RouteInput<R extends Route> {
  params: ParamsOf<R>;
  query: QueryOf<R>;
  /** Parsed JSON; for a `raw` body, the bytes as the body parser left them. */
  body: R['body'] extends { raw: true } ? unknown : BodyOf<R>;
  headers: HeadersOf<R>;
  /** Checked against the route's roles, when it has any. */
  claims: Claims;
  req: Request;
  res: Response;
}

/**
 * Answers with the success body (sent as JSON with the route's status), or with nothing
 * after writing the response itself (a replay's status, CSV, a 204).
 */
export type RouteHandler<R extends Route> = (input: RouteInput<R>) => Promise<OkBodyOf<R> | void> | OkBodyOf<R> | void;

const METHODS = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/**
 * Registers one route of the contract on `router`: its middlewares in order (rate limit, body
 * parser…), then the role check, then each declared part validated in the order params →
 * query → body → headers (the first failing part is the 400, naming each of its fields).
 */
export function register<R extends Route>(
  router: Router,
  route: R,
  ...chain: [...middlewares: RequestHandler[], handler: RouteHandler<R>]
): void {
  const handler = chain.pop() as RouteHandler<R>;
  const middlewares = chain as RequestHandler[];
  const roles = typeof route.access === 'object' ? route.access.roles : undefined;
  const endpoint: RequestHandler = async (req, res) => {
    const claims = roles ? requireRole(res, ...roles) : claimsOf(res);
    const input = {
      params: route.params ? parse(route.params, 'params', req) : req.params,
      query: route.query ? parse(route.query, 'query', req) : req.query,
      body: route.body && !route.body.raw ? parse(route.body.schema, 'body', req) : req.body,
      headers: route.headers ? parse(route.headers, 'headers', req) : req.headers,
      claims,
      req,
      res,
    } as RouteInput<R>;
    const body = await handler(input);
    if (res.headersSent) return;
    if (body === undefined) res.status(route.ok.status).end();
    else res.status(route.ok.status).json(body);
  };
  router[METHODS[route.method]](route.path, ...middlewares, endpoint);
}

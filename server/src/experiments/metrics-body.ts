import express, { type RequestHandler } from 'express';
import { InvalidInput } from '../platform/errors.js';
import { HttpProblem } from '../platform/http/problem.js';

/** A batch of 50 events with their small data objects fits easily; anything bigger is abuse. */
export const METRICS_BODY_LIMIT = '64kb';

const json = express.json({ limit: METRICS_BODY_LIMIT, type: 'application/json' });
// navigator.sendBeacon sends a string body as text/plain (a CORS-safelisted type, so no
// preflight): read it as text and parse it as JSON ourselves.
const text = express.text({ limit: METRICS_BODY_LIMIT, type: 'text/plain' });

/** Reads a metrics batch from a JSON or text/plain body; other types get 415. */
export const metricsBody: RequestHandler[] = [
  (req, _res, next) => {
    if (!req.is(['application/json', 'text/plain'])) {
      throw new HttpProblem(415, 'unsupported_media_type', 'Send the events as application/json or text/plain', {
        detail: 'content-type must be application/json or text/plain',
      });
    }
    next();
  },
  json,
  text,
  (req, _res, next) => {
    if (typeof req.body === 'string') {
      try {
        req.body = JSON.parse(req.body) as unknown;
      } catch {
        throw new InvalidInput([{ field: 'body', message: 'is not valid JSON' }]);
      }
    }
    next();
  },
];

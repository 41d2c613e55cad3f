import express from 'express';

/** Largest JSON body the booking API reads; bigger ones get 413 before any work. @unit bytes */
export const JSON_BODY_LIMIT = 16 * 1024;

/** Parses `application/json` bodies up to the cap; anything else leaves `req.body` undefined (→ 400). */
export const jsonBody = express.json({ limit: JSON_BODY_LIMIT, strict: true, type: 'application/json' });

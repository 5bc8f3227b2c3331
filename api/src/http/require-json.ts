import type { RequestHandler } from 'express';
import { UnsupportedMediaTypeError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A state-changing API request must be JSON: it also keeps plain HTML forms from other sites out. */
export const requireJson: RequestHandler = (req, _res, next) => {
  if (STATE_CHANGING.has(req.method) && !req.is('application/json')) {
    next(new UnsupportedMediaTypeError());
    return;
  }
  next();
};

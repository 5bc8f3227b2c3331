import type { SessionUser } from '../auth/session-user.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by the guard once the session cookie has been checked. */
      user?: SessionUser;
    }
    interface Locals {
      /** Lists count exactly up to this many rows, then estimate (list-count.ts); set by buildServer. */
      listExactCountLimit?: number;
    }
  }
}

export {};

import type { SessionUser } from '../auth/session-user.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by the guard once the session cookie has been checked. */
      user?: SessionUser;
    }
  }
}

export {};

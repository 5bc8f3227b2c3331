import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ALL_ROLES } from '../http/access.js';
import { TooManyRequestsError } from '../http/errors.js';
import type { Authenticator, RouteDefinition } from '../http/routes.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './cookies.js';
import { loginBody } from './schemas.js';
import type { AuthService } from './service.js';

export function createAuthenticator(auth: AuthService): Authenticator {
  return async (req) => {
    const token = readSessionToken(req);
    const user = token ? await auth.authenticate(token) : null;
    if (user) req.user = user;
  };
}

/** Failed logins per client address and username; successful ones do not count. */
export function loginRateLimit(maxFailures: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: maxFailures,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req: Request) => {
      const username =
        typeof req.body?.username === 'string' ? req.body.username.toLowerCase().slice(0, 100) : '';
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${username}`;
    },
    handler: (_req, _res, next) => {
      next(new TooManyRequestsError('Too many failed login attempts. Wait 15 minutes and try again.'));
    },
  });
}

export function authRoutes(
  auth: AuthService,
  sessionTtlMs: number,
  loginLimiter: RequestHandler,
): RouteDefinition[] {
  return [
    {
      method: 'post',
      path: '/api/auth/login',
      access: 'public',
      summary: 'Log in; sets the httpOnly session cookie',
      body: loginBody,
      handler: async (req, res) => {
        await new Promise<void>((resolve, reject) =>
          loginLimiter(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
        );
        const { username, password } = req.body as { username: string; password: string };
        const { token, user } = await auth.login(username, password, {
          ip: req.ip,
          userAgent: req.get('user-agent'),
        });
        setSessionCookie(req, res, token, sessionTtlMs);
        res.json(user);
      },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      access: ALL_ROLES,
      summary: 'The logged-in user',
      handler: (req, res) => {
        res.json(req.user);
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      access: ALL_ROLES,
      summary: 'Log out; ends the session',
      handler: async (req, res) => {
        const token = readSessionToken(req);
        if (token && req.user) await auth.logout(token, req.user);
        clearSessionCookie(req, res);
        res.json({ status: 'logged_out' });
      },
    },
  ];
}

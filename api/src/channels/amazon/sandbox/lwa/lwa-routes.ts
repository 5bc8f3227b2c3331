// Login with Amazon's token endpoint, as the SP-API connector calls it: POST /auth/o2/token with a
// form-encoded refresh_token grant. Any client and refresh token are accepted (it is a stand-in), except
// refresh tokens starting with "revoked", which LWA refuses as an invalid grant. Errors are LWA's:
// `{error, error_description}`, 400 or 401 (invalid_client).
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { SandboxContext } from '../context.js';

type LwaError =
  'invalid_request' | 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type' | 'server_error';

const tokenRequest = z.object({
  grant_type: z.string().optional(),
  refresh_token: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  scope: z.string().optional(),
});

function noStore(res: Response): Response {
  return res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' }).type('application/json;charset=UTF-8');
}

function lwaError(res: Response, status: number, error: LwaError, description: string): void {
  noStore(res)
    .status(status)
    .send(JSON.stringify({ error_description: description, error }));
}

const missing = (name: string) => `The request is missing a required parameter : ${name}`;

export function lwaRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.post(
    '/auth/o2/token',
    express.urlencoded({ extended: false, limit: '64kb' }),
    // Some clients post JSON; LWA accepts it too.
    express.json({ limit: '64kb' }),
    async (req, res) => {
      const fault = ctx.state.faults.take('lwaToken', ctx.now());
      if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (fault?.status)
        return lwaError(res, fault.status, 'server_error', 'The server encountered an error.');
      if (fault?.malformed) return noStore(res).status(200).send('{"access_token":"Atza|');

      const parsed = tokenRequest.safeParse(req.body ?? {});
      if (!parsed.success) return lwaError(res, 400, 'invalid_request', 'The request is malformed.');
      const { grant_type: grantType, refresh_token: refreshToken, client_id: clientId, scope } = parsed.data;
      const clientSecret = parsed.data.client_secret;
      if (!grantType) return lwaError(res, 400, 'invalid_request', missing('grant_type'));
      if (grantType !== 'refresh_token' && grantType !== 'client_credentials') {
        return lwaError(res, 400, 'unsupported_grant_type', 'The authorization grant type is not supported.');
      }
      if (!clientId || !clientSecret)
        return lwaError(res, 401, 'invalid_client', 'Client authentication failed');

      const nowMs = ctx.now();
      const ttl = ctx.options.tokenTtlSeconds;
      if (grantType === 'client_credentials') {
        if (!scope) return lwaError(res, 400, 'invalid_request', missing('scope'));
        const accessToken = ctx.state.tokens.issue(`${clientId}\u0000${scope}`, true, ttl, nowMs);
        return noStore(res)
          .status(200)
          .send(JSON.stringify({ access_token: accessToken, token_type: 'bearer', expires_in: ttl }));
      }
      if (!refreshToken) return lwaError(res, 400, 'invalid_request', missing('refresh_token'));
      if (refreshToken.startsWith('revoked')) {
        return lwaError(
          res,
          400,
          'invalid_grant',
          'The request has an invalid grant parameter : refresh_token',
        );
      }
      const accessToken = ctx.state.tokens.issue(`${clientId}\u0000${refreshToken}`, false, ttl, nowMs);
      noStore(res)
        .status(200)
        .send(
          JSON.stringify({
            access_token: accessToken,
            token_type: 'bearer',
            expires_in: ttl,
            refresh_token: refreshToken,
          }),
        );
    },
  );
  return router;
}

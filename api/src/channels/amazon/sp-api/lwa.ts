import { SpApiError } from './errors.js';
import type { HttpCaller } from './http-call.js';
import { lwaErrorSchema, lwaTokenSchema } from './schemas/errors.js';

export interface LwaCredentials {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

/** Renew this long before Amazon's expiry, so a token never dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Login with Amazon: exchanges the store's refresh token for an access token (refresh_token grant) and
 * keeps it until shortly before it expires. Concurrent callers share one exchange.
 */
export class LwaTokenProvider {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly tokenUrl: string,
    private readonly credentials: LwaCredentials,
    private readonly http: HttpCaller,
    private readonly now: () => number = Date.now,
  ) {}

  async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.token.value;
    this.pending ??= this.exchange().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Amazon refused the token (expired early, revoked): the next call exchanges again. */
  invalidate(): void {
    this.token = null;
  }

  private async exchange(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'refresh_token', ...this.credentials });
    const answer = await this.http({
      operation: 'lwaToken',
      url: this.tokenUrl,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: form.toString(),
    });
    if (answer.status !== 200) {
      const body = lwaErrorSchema.safeParse(answer.json);
      throw new SpApiError({
        operation: 'lwaToken',
        status: answer.status,
        code: body.success ? body.data.error : `HTTP ${answer.status}`,
        message: body.success
          ? (body.data.error_description ?? body.data.error)
          : `Login with Amazon answered ${answer.status}`,
      });
    }
    const token = lwaTokenSchema.safeParse(answer.json);
    if (!token.success) {
      throw new SpApiError({
        operation: 'lwaToken',
        status: null,
        code: 'MalformedResponse',
        message: `Login with Amazon sent an unexpected token answer: ${token.error.issues[0]?.message ?? 'invalid'}`,
      });
    }
    this.token = { value: token.data.access_token, expiresAt: this.now() + token.data.expires_in * 1000 };
    return this.token.value;
  }
}

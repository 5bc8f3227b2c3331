/** A failed SP-API or LWA call as it reaches the caller: what Amazon (or the network) said, once retries are spent. */
export class SpApiError extends Error {
  readonly operation: string;
  /** The HTTP status, or null when no answer came (timeout, connection refused). */
  readonly status: number | null;
  /** Amazon's error code (`QuotaExceeded`, `InvalidInput`, LWA's `invalid_grant`…) or ours (`Timeout`, `MalformedResponse`). */
  readonly code: string;
  readonly requestId: string | null;

  constructor(fields: {
    operation: string;
    status: number | null;
    code: string;
    message: string;
    requestId?: string | null;
  }) {
    super(fields.message);
    this.name = 'SpApiError';
    this.operation = fields.operation;
    this.status = fields.status;
    this.code = fields.code;
    this.requestId = fields.requestId ?? null;
  }

  /** Throttling, Amazon-side failures, lost and garbled answers are worth another try; the rest are not. */
  get retryable(): boolean {
    if (this.code === 'Timeout' || this.code === 'NetworkError' || this.code === 'MalformedResponse')
      return true;
    return this.status === 429 || (this.status !== null && this.status >= 500);
  }

  /**
   * The request may have reached Amazon and taken effect although no good answer came back: no answer
   * (timeout, lost connection), a 2xx that could not be read, or a server error other than 503 (Amazon may
   * have failed after acting). 429 and 503 are answered before Amazon acts.
   */
  get mayHaveTakenEffect(): boolean {
    if (this.code === 'Timeout' || this.code === 'NetworkError' || this.code === 'MalformedResponse')
      return true;
    return this.status !== null && this.status >= 500 && this.status !== 503;
  }
}

/** Called once for each failure that reaches the caller, to record it as a communication error. */
export type ErrorRecorder = (error: SpApiError) => Promise<void>;

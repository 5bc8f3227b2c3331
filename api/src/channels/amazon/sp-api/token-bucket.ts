import type { UsagePlan } from './usage-plans.js';

/**
 * A token bucket like Amazon's: `burst` tokens at most, refilled at `rate` a second. `take()` waits for a
 * token rather than failing, so callers queue up within the plan instead of drawing 429s.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private plan: UsagePlan,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.tokens = plan.burst;
    this.refilledAt = now();
  }

  /** Waits until a token is free and takes it; callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.takeInTurn());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Amazon told us the real rate (`x-amzn-RateLimit-Limit`). */
  setRate(rate: number): void {
    if (Number.isFinite(rate) && rate > 0 && rate !== this.plan.rate) {
      this.refill();
      this.plan = { ...this.plan, rate };
    }
  }

  /** After a 429 the bucket on Amazon's side is empty: ours must be too. */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  get rate(): number {
    return this.plan.rate;
  }

  available(): number {
    this.refill();
    return this.tokens;
  }

  private async takeInTurn(): Promise<void> {
    this.refill();
    while (this.tokens < 1) {
      await this.sleep(Math.ceil(((1 - this.tokens) / this.plan.rate) * 1000));
      this.refill();
    }
    this.tokens -= 1;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.plan.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.plan.rate);
    this.refilledAt = now;
  }
}

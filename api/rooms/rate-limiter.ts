/** A verdict for one message: allowed, or how long to wait. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A sliding window per participant: at most `limit` messages in `windowMs`. In memory: limits
 * protect this process's brain; a refused message always gets a notice, never a silent drop.
 */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  check(key: string): RateVerdict {
    const now = this.clock().getTime();
    const recent = (this.sent.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.sent.set(key, recent);
      return { allowed: false, retryAfterMs: Math.max(1, this.windowMs - (now - recent[0]!)) };
    }
    recent.push(now);
    this.sent.set(key, recent);
    if (this.sent.size > 10_000) this.forgetIdle(now);
    return { allowed: true };
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.sent) if (times.every((time) => now - time >= this.windowMs)) this.sent.delete(key);
  }
}

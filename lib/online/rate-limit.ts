// Requests per address per window, in memory: enough to stop one address from hammering the
// counter on one server; with REDIS_URL the limit is shared by every instance (shared-limit.ts)
// and this one is used only while Redis cannot answer.

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Addresses remembered at most; the oldest windows are dropped first. */
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, now: number): Verdict {
    let entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.hits.delete(key);
      entry = { start: now, count: 0 };
      this.hits.set(key, entry);
      this.trim();
    }
    entry.count += 1;
    if (entry.count <= this.limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + this.windowMs - now) / 1000)) };
  }

  /** Windows are re-inserted when they start, so the first keys are the oldest. */
  private trim(): void {
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }
}

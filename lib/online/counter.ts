import type { VisitorStore } from "./store";
import { ONLINE_WINDOW_MS, visitorId } from "./visitors";

// The footer's "visitors online now", counted without a database write per request. Visits are
// noted in memory; once per flush interval the visitors seen since the last flush go to the
// store in one transaction, which also returns the count across every server process. In
// between, the answer is that count plus the visitors this process met since and has not
// recorded yet. A visitor already recorded in the last minute is not written again.
//
// A visitor is (address, browser), and a script can send a fresh User-Agent with every request:
// each address brings at most `browsersPerAddress` visitors into the window, so one address cannot
// inflate the figure (an office behind one NAT address counts up to that many people).

export type CounterOptions = {
  windowMs?: number;
  /** How often the noted visits are written and the count re-read. */
  flushMs?: number;
  /** Visitors already recorded this recently are not written again. */
  rewriteAfterMs?: number;
  browsersPerAddress?: number;
  /** Visitors this process keeps in memory at most; beyond that new ones wait for old ones to leave. */
  maxTracked?: number;
};

export class VisitorCounter {
  private readonly windowMs: number;
  private readonly flushMs: number;
  private readonly rewriteAfterMs: number;
  private readonly browsersPerAddress: number;
  private readonly maxTracked: number;
  /** Visitors noted since the last flush, with when they were last seen. */
  private pending = new Map<string, Date>();
  /** Visitors this process has written, with when (ms). */
  private readonly written = new Map<string, number>();
  /** Per address (hashed): its visitors in the window and when each was last seen (ms). */
  private readonly byAddress = new Map<string, Map<string, number>>();
  private tracked = 0;
  private stored = 0;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private flushing: Promise<void> | null = null;
  private flushes = 0;

  constructor(
    private readonly store: VisitorStore,
    options: CounterOptions = {},
  ) {
    this.windowMs = options.windowMs ?? ONLINE_WINDOW_MS;
    this.flushMs = options.flushMs ?? 15_000;
    this.rewriteAfterMs = options.rewriteAfterMs ?? 60_000;
    this.browsersPerAddress = options.browsersPerAddress ?? 20;
    this.maxTracked = options.maxTracked ?? 50_000;
  }

  /** Notes a visit and returns how many visitors are online now. */
  async visit(address: string, userAgent: string, now: Date): Promise<number> {
    const id = this.admit(address, userAgent, now.getTime());
    if (id) this.pending.set(id, now);
    if (!this.flushing && now.getTime() - this.lastFlush >= this.flushMs) {
      this.flushing = this.flush(now).finally(() => (this.flushing = null));
      await this.flushing;
    }
    return this.count();
  }

  /** Writes the noted visits now (also what visit() does once per interval). */
  async flush(now: Date): Promise<void> {
    const t = now.getTime();
    this.lastFlush = t;
    this.forgetBefore(t - this.windowMs);
    const batch = new Map<string, Date>();
    for (const [id, at] of this.pending) {
      const writtenAt = this.written.get(id);
      if (writtenAt === undefined || at.getTime() - writtenAt >= this.rewriteAfterMs) batch.set(id, at);
    }
    this.pending = new Map();
    this.flushes += 1;
    try {
      this.stored = await this.store.record(batch, new Date(t - this.windowMs), new Date(t - 2 * this.windowMs));
      for (const [id, at] of batch) this.written.set(id, at.getTime());
    } catch (error) {
      // Try again at the next interval; the figure meanwhile comes from memory.
      console.error("online counter: could not record visitors", error);
      for (const [id, at] of batch) if (!this.pending.has(id)) this.pending.set(id, at);
    }
  }

  /** Calls to the store so far (each is one transaction). */
  get flushCount(): number {
    return this.flushes;
  }

  private count(): number {
    let unrecorded = 0;
    for (const id of this.pending.keys()) if (!this.written.has(id)) unrecorded += 1;
    return this.stored + unrecorded;
  }

  /** The visitor's id, or null when its address already brought its share of visitors. */
  private admit(address: string, userAgent: string, t: number): string | null {
    const now = new Date(t);
    const id = visitorId(address, userAgent, now);
    const place = visitorId(address, "", now);
    let seen = this.byAddress.get(place);
    if (seen?.has(id)) {
      seen.set(id, t);
      return id;
    }
    if ((seen?.size ?? 0) >= this.browsersPerAddress || this.tracked >= this.maxTracked) return null;
    if (!seen) this.byAddress.set(place, (seen = new Map()));
    seen.set(id, t);
    this.tracked += 1;
    return id;
  }

  private forgetBefore(cutoff: number): void {
    for (const [place, seen] of this.byAddress) {
      for (const [id, at] of seen) {
        if (at >= cutoff) continue;
        seen.delete(id);
        this.tracked -= 1;
      }
      if (seen.size === 0) this.byAddress.delete(place);
    }
    for (const [id, at] of this.written) if (at < cutoff) this.written.delete(id);
  }
}

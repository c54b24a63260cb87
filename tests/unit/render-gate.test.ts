import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isExpensive, RenderGate } from "@/server/render-gate";
import { RateLimiter } from "@/lib/online/rate-limit";

describe("isExpensive", () => {
  it("names the link-preview images, the sitemap, the feeds and the calendar files", () => {
    for (const path of [
      "/og/posts/7.png",
      "/og/site.png",
      "/sitemap.xml",
      "/feed.xml",
      "/atom.xml",
      "/news/press-releases/feed.xml",
      "/news/activities/atom.xml",
      "/calendar.ics",
      "/events/12.ics",
    ]) {
      expect(isExpensive(path), path).toBe(true);
    }
    for (const path of ["/", "/news/press-releases", "/posts/7/mou", "/calendar", "/sitemap", "/robots.txt"])
      expect(isExpensive(path), path).toBe(false);
  });
});

describe("RenderGate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets `limit` renders run at once; the next waits for a slot and gets it when one ends", async () => {
    const gate = new RenderGate(2, 5_000, 10);
    const a = await gate.enter();
    const b = await gate.enter();
    expect(a && b).toBeTruthy();
    let third: (() => void) | null | undefined;
    void gate.enter().then((r) => (third = r));
    await Promise.resolve();
    expect(third).toBeUndefined();
    expect(gate.running).toBe(2);
    a?.();
    a?.(); // releasing twice frees one slot only
    await vi.advanceTimersByTimeAsync(0);
    expect(typeof third).toBe("function");
    expect(gate.running).toBe(2);
  });

  it("refuses a request that waited too long, or when too many already wait", async () => {
    const gate = new RenderGate(1, 5_000, 1);
    await gate.enter();
    const waiting = gate.enter();
    expect(await gate.enter()).toBeNull(); // the queue is full
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await waiting).toBeNull();
    expect(gate.running).toBe(1);
  });
});

describe("RateLimiter", () => {
  it("allows `limit` requests per window and address, then says when to come back", () => {
    const limiter = new RateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) expect(limiter.take("203.0.113.5", 1_000 + i)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.5", 11_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take("203.0.113.6", 11_000)).toEqual({ ok: true });
    expect(limiter.take("203.0.113.5", 61_000)).toEqual({ ok: true });
  });

  it("remembers a bounded number of addresses", () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(limiter.take("10.0.3.231", 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.take("10.0.0.0", 1)).toEqual({ ok: true }); // long forgotten
  });
});

import { describe, expect, it } from "vitest";
import { purgePageCache } from "@/lib/cache/purge-page-cache";
import { PageCache, sharedPageCache } from "@/server/page-cache";

const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
const shareable = {
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  "content-type": "text/html",
  "x-nextjs-cache": "HIT",
};
const body = Buffer.from('<html lang="th">หน้าแรก</html>');
const answer = (text: string, headers: Record<string, string> = shareable) => ({
  status: 200,
  headers,
  body: Buffer.from(text),
});

describe("PageCache", () => {
  it("keys public GET and HEAD requests by path and encoding", () => {
    const c = new PageCache();
    expect(c.keyOf(req("/"))).toBe("identity /");
    expect(c.keyOf(req("/news/activities", { "accept-encoding": "gzip, deflate" }))).toBe("gzip /news/activities");
    expect(c.keyOf(req("/", {}, "HEAD"))).toBe("identity /");
  });

  it("never keys the staff area, APIs, downloads, actions or client navigations", () => {
    const c = new PageCache();
    for (const url of ["/admin", "/admin/posts", "/api/online", "/files/1/a.pdf", "/_next/static/x.js", "/?_rsc=abc"]) {
      expect(c.keyOf(req(url)), url).toBeNull();
    }
    expect(c.keyOf(req("/", {}, "POST"))).toBeNull();
    expect(c.keyOf(req("/", { rsc: "1" }))).toBeNull();
    expect(c.keyOf(req("/", { "next-action": "abc" }))).toBeNull();
    expect(c.keyOf(req("/", { "next-router-prefetch": "1" }))).toBeNull();
  });

  it("stores only shareable answers and serves them until s-maxage passes", () => {
    const c = new PageCache();
    expect(c.offer("k", 200, shareable, body, 0)).toBe(true);
    expect(c.get("k", 59_999)?.body.toString()).toBe(body.toString());
    expect(c.get("k", 60_000)).toBeNull();
  });

  it("refuses private, cookie-setting, error and oversized answers", () => {
    const c = new PageCache({ maxEntries: 10, maxBodyBytes: 100 });
    expect(c.offer("a", 200, { "cache-control": "private, no-cache, no-store" }, body)).toBe(false);
    expect(c.offer("b", 200, { ...shareable, "set-cookie": "x=1" }, body)).toBe(false);
    expect(c.offer("d", 500, shareable, body)).toBe(false);
    expect(c.offer("e", 200, shareable, Buffer.alloc(101))).toBe(false);
    expect(c.size).toBe(0);
  });

  it("after a purge, a request does not wait for a render that began before it", async () => {
    const c = new PageCache();
    const before = c.lookup("k", 0);
    if (before.kind !== "render") throw new Error("expected a render");
    const waiting = c.lookup("k", 1);
    expect(waiting.kind).toBe("wait");
    c.purge(2);
    const after = c.lookup("k", 3);
    expect(after.kind).toBe("render");
    if (after.kind !== "render") return;
    // The new render answers first; the old one finishing later replaces nothing.
    expect(c.settle(after.ticket, answer("new"), 4)).toBe(true);
    c.settle(before.ticket, answer("old"), 5);
    expect(c.get("k", 6)?.body.toString()).toBe("new");
    // Whoever waited before the purge still gets the render they waited for.
    if (waiting.kind === "wait") expect((await waiting.pending)?.body.toString()).toBe("new");
  });

  it("serves an answer Next marked STALE for one second, then asks Next again", () => {
    const c = new PageCache();
    expect(c.offer("c", 200, { ...shareable, "x-nextjs-cache": "STALE" }, body, 0)).toBe(true);
    expect(c.lookup("c", 999).kind).toBe("fresh");
    expect(c.lookup("c", 1_000).kind).toBe("render");
    expect(c.lookup("c", 1_001).kind).toBe("stale");
  });

  it("does not hand every request to Next in turn while Next keeps answering STALE", () => {
    // Each such answer settles before the next request arrives (Next serves it in a millisecond).
    const c = new PageCache();
    c.offer("k", 200, shareable, Buffer.from("old"), 0);
    let toNext = 0;
    for (let t = 60_000; t < 62_000; t += 2) {
      const found = c.lookup("k", t);
      if (found.kind !== "render") continue;
      toNext += 1;
      c.settle(found.ticket, answer("old", { ...shareable, "x-nextjs-cache": "STALE" }), t + 1);
    }
    expect(toNext).toBe(2);
  });

  it("keeps 404s and permanent redirects, without per-connection headers", () => {
    const c = new PageCache();
    c.offer(
      "r",
      308,
      { ...shareable, location: "/posts/7/mou", date: "x", connection: "keep-alive" },
      Buffer.alloc(0),
      0,
    );
    const hit = c.get("r", 1);
    expect(hit?.status).toBe(308);
    expect(hit?.headers.location).toBe("/posts/7/mou");
    expect(hit?.headers.date).toBeUndefined();
    expect(hit?.headers.connection).toBeUndefined();
  });

  it("drops the least recently used entry when full", () => {
    const c = new PageCache({ maxEntries: 2 });
    c.offer("a", 200, shareable, body, 0);
    c.offer("b", 200, shareable, body, 0);
    c.get("a", 1);
    c.offer("c", 200, shareable, body, 0);
    expect(c.get("b", 1)).toBeNull();
    expect(c.get("a", 1)).not.toBeNull();
    expect(c.get("c", 1)).not.toBeNull();
  });

  it("purgePageCache makes every entry of the process-wide cache stale at once", () => {
    const c = sharedPageCache();
    c.offer("p", 200, shareable, body);
    expect(c.get("p")).not.toBeNull();
    purgePageCache();
    expect(sharedPageCache().get("p")).toBeNull();
    expect(sharedPageCache().lookup("p").kind).toBe("render");
  });
});

describe("PageCache memory", () => {
  const page = (bytes: number) => Buffer.alloc(bytes, "ก");

  it("keeps large answers such as a sitemap or a feed of several megabytes", () => {
    const c = new PageCache();
    expect(
      c.offer("gzip /sitemap.xml", 200, { ...shareable, "content-type": "application/xml" }, page(3_000_000), 0),
    ).toBe(true);
    expect(c.get("gzip /sitemap.xml", 1)?.body.length).toBe(3_000_000);
  });

  it("stays within its byte budget, dropping the least recently used answers first", () => {
    const c = new PageCache({ maxBytes: 10_000, maxBodyBytes: 5_000 });
    for (const key of ["a", "b", "c"]) expect(c.offer(key, 200, shareable, page(3_000), 0)).toBe(true);
    c.get("a", 1);
    expect(c.offer("d", 200, shareable, page(3_000), 2)).toBe(true);
    expect(c.bytes).toBeLessThanOrEqual(10_000);
    expect(c.get("b", 3)).toBeNull();
    for (const key of ["a", "c", "d"]) expect(c.get(key, 3), key).not.toBeNull();
    expect(c.offer("huge", 200, shareable, page(5_001), 4)).toBe(false);
  });

  it("not-found answers for made-up addresses cannot push the real pages out", () => {
    const c = new PageCache({ maxBytes: 80_000, maxBodyBytes: 40_000 });
    c.offer("gzip /", 200, shareable, page(30_000), 0);
    c.offer("gzip /news/activities", 200, shareable, page(30_000), 0);
    for (let i = 0; i < 1_000; i++) c.offer(`gzip /no-such-page-${i}`, 404, shareable, page(2_000), 1);
    expect(c.get("gzip /", 2)).not.toBeNull();
    expect(c.get("gzip /news/activities", 2)).not.toBeNull();
    expect(c.get("gzip /no-such-page-999", 2)?.status).toBe(404);
    expect(c.bytes).toBeLessThanOrEqual(80_000);
  });

  it("endless different searches cannot push the real pages out either", () => {
    const c = new PageCache({ maxBytes: 80_000, maxBodyBytes: 40_000 });
    c.offer("gzip /", 200, shareable, page(30_000), 0);
    c.offer("gzip /news/activities", 200, shareable, page(30_000), 0);
    for (let i = 0; i < 1_000; i++) c.offer(`gzip /search?q=word${i}`, 200, shareable, page(2_000), 1);
    expect(c.get("gzip /", 2)).not.toBeNull();
    expect(c.get("gzip /news/activities", 2)).not.toBeNull();
    expect(c.get("gzip /search?q=word999", 2)?.status).toBe(200);
    expect(c.get("gzip /search?q=word0", 2)).toBeNull();
    expect(c.bytes).toBeLessThanOrEqual(80_000);
  });

  it("resize() shrinks the budget at once", () => {
    const c = new PageCache();
    for (let i = 0; i < 10; i++) c.offer(`k${i}`, 200, shareable, page(100_000), 0);
    c.resize(250_000);
    expect(c.bytes).toBeLessThanOrEqual(250_000);
    expect(c.get("k9", 1)).not.toBeNull();
  });
});

describe("PageCache under load: stale-while-revalidate and coalescing", () => {
  it("after a purge, one request refreshes while the others get the old copy", () => {
    const c = new PageCache();
    c.offer("k", 200, shareable, Buffer.from("old"), 0);
    c.purge(1_000);
    const first = c.lookup("k", 1_001);
    expect(first.kind).toBe("render");
    for (let i = 0; i < 255; i++) {
      const other = c.lookup("k", 1_002);
      expect(other.kind).toBe("stale");
      if (other.kind === "stale") expect(other.entry.body.toString()).toBe("old");
    }
    expect(c.rendering).toBe(1);
    if (first.kind !== "render") return;
    expect(c.settle(first.ticket, answer("new"), 1_100)).toBe(true);
    const after = c.lookup("k", 1_101);
    expect(after.kind).toBe("fresh");
    if (after.kind === "fresh") expect(after.entry.body.toString()).toBe("new");
    expect(c.rendering).toBe(0);
  });

  it("with no copy at all, concurrent requests wait for the one render and share its answer", async () => {
    const c = new PageCache();
    const lead = c.lookup("k", 0);
    const waiters = Array.from({ length: 10 }, () => c.lookup("k", 1));
    expect(lead.kind).toBe("render");
    expect(waiters.every((w) => w.kind === "wait")).toBe(true);
    if (lead.kind === "render") c.settle(lead.ticket, answer("page"), 5);
    const shared = await Promise.all(waiters.map((w) => (w.kind === "wait" ? w.pending : null)));
    expect(shared.map((e) => e?.body.toString())).toEqual(Array(10).fill("page"));
  });

  it("waiters share a not-found answer too", async () => {
    const c = new PageCache();
    const lead = c.lookup("k", 0);
    const waiter = c.lookup("k", 1);
    if (lead.kind !== "render" || waiter.kind !== "wait")
      throw new Error(`expected render + wait, got ${lead.kind} + ${waiter.kind}`);
    c.settle(lead.ticket, { status: 404, headers: shareable, body: Buffer.from("ไม่พบหน้า") }, 2);
    expect((await waiter.pending)?.status).toBe(404);
  });

  it("waiters are released with nothing when the render fails, is aborted or is not shareable", async () => {
    const c = new PageCache();
    for (const outcome of [
      null,
      { status: 500, headers: shareable, body: Buffer.from("err") },
      answer("x", { "cache-control": "private" }),
    ]) {
      const lead = c.lookup("k", 0);
      const waiter = c.lookup("k", 0);
      if (lead.kind !== "render" || waiter.kind !== "wait")
        throw new Error(`expected render + wait, got ${lead.kind} + ${waiter.kind}`);
      c.settle(lead.ticket, outcome, 1);
      expect(await waiter.pending).toBeNull();
      expect(c.rendering).toBe(0);
    }
  });

  it("an answer whose render began before a purge is kept as stale, not fresh", () => {
    const c = new PageCache();
    c.offer("k", 200, shareable, Buffer.from("v1"), 0);
    c.purge(10);
    const lead = c.lookup("k", 11);
    c.purge(12); // counts changed again while rendering
    if (lead.kind === "render") c.settle(lead.ticket, answer("v2"), 20);
    expect(c.get("k", 21)).toBeNull();
    expect(c.lookup("k", 21).kind).toBe("render");
  });

  it("a render that never reports back stops blocking its URL after the timeout", () => {
    const c = new PageCache({ maxStaleMs: 600_000, renderTimeoutMs: 30_000 });
    c.offer("k", 200, shareable, body, 0);
    c.purge(0);
    expect(c.lookup("k", 1).kind).toBe("render");
    expect(c.lookup("k", 2).kind).toBe("stale");
    expect(c.lookup("k", 30_002).kind).toBe("render");
  });

  it("drops a stale copy once it is too old to stand in", () => {
    const c = new PageCache({ maxStaleMs: 1_000 });
    c.offer("k", 200, shareable, body, 0);
    expect(c.lookup("k", 60_500).kind).toBe("render");
    const c2 = new PageCache({ maxStaleMs: 1_000 });
    c2.offer("k", 200, shareable, body, 0);
    expect(c2.lookup("k", 61_000).kind).toBe("render");
    expect(c2.lookup("k", 61_001).kind).toBe("wait");
  });

  it("HEAD requests never render for the cache: stale copy or straight to Next", () => {
    const c = new PageCache();
    expect(c.lookup("k", 0, { canRender: false }).kind).toBe("pass");
    c.offer("k", 200, shareable, body, 0);
    c.purge(1);
    expect(c.lookup("k", 2, { canRender: false }).kind).toBe("stale");
    expect(c.rendering).toBe(0);
  });
});

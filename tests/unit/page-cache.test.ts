import { describe, expect, it } from "vitest";
import { PageCache, purgePageCache, sharedPageCache } from "@/lib/server/page-cache";

const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
const shareable = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", "content-type": "text/html", "x-nextjs-cache": "HIT" };
const body = Buffer.from("<html lang=\"th\">หน้าแรก</html>");

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

  it("refuses private, cookie-setting, stale, error and oversized answers", () => {
    const c = new PageCache(10, 100);
    expect(c.offer("a", 200, { "cache-control": "private, no-cache, no-store" }, body)).toBe(false);
    expect(c.offer("b", 200, { ...shareable, "set-cookie": "x=1" }, body)).toBe(false);
    expect(c.offer("c", 200, { ...shareable, "x-nextjs-cache": "STALE" }, body)).toBe(false);
    expect(c.offer("d", 500, shareable, body)).toBe(false);
    expect(c.offer("e", 200, shareable, Buffer.alloc(101))).toBe(false);
    expect(c.size).toBe(0);
  });

  it("keeps 404s and permanent redirects, without per-connection headers", () => {
    const c = new PageCache();
    c.offer("r", 308, { ...shareable, location: "/posts/7/mou", date: "x", connection: "keep-alive" }, Buffer.alloc(0), 0);
    const hit = c.get("r", 1);
    expect(hit?.status).toBe(308);
    expect(hit?.headers.location).toBe("/posts/7/mou");
    expect(hit?.headers.date).toBeUndefined();
    expect(hit?.headers.connection).toBeUndefined();
  });

  it("drops the least recently used entry when full", () => {
    const c = new PageCache(2);
    c.offer("a", 200, shareable, body, 0);
    c.offer("b", 200, shareable, body, 0);
    c.get("a", 1);
    c.offer("c", 200, shareable, body, 0);
    expect(c.get("b", 1)).toBeNull();
    expect(c.get("a", 1)).not.toBeNull();
    expect(c.get("c", 1)).not.toBeNull();
  });

  it("purgePageCache empties the process-wide cache that publishing relies on", () => {
    const c = sharedPageCache();
    c.offer("p", 200, shareable, body);
    expect(c.size).toBeGreaterThan(0);
    purgePageCache();
    expect(sharedPageCache().size).toBe(0);
  });
});

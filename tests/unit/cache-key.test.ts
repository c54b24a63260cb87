import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { admitRequest, encodingBucket, officeKey, ROUTE_QUERY, shareableFor } from "@/server/cache-key";
import { PageCache } from "@/server/page-cache";

// The page cache's keys (server/cache-key.ts): the path, only the query parameters a route
// reads, and the encoding bucket, so that what a client adds can neither multiply entries nor
// put a body in the wrong bucket.

const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
const shareable = {
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  "content-type": "text/html",
  "x-nextjs-cache": "HIT",
};
const body = Buffer.from('<html lang="th">หน้าแรก</html>');

describe("PageCache keys: what a client adds cannot multiply entries or poison them", () => {
  it("requests for a page with extra query parameters share the page's entry", () => {
    const c = new PageCache();
    for (const url of ["/?x=1", "/?x=2", "/?utm_source=line&x=3", "/?"])
      expect(c.keyOf(req(url)), url).toBe("identity /");
    expect(c.keyOf(req("/og/posts/1.png?random"))).toBe(c.keyOf(req("/og/posts/1.png")));
    expect(c.keyOf(req("/calendar/2565-06?month=7", { "accept-encoding": "gzip" }))).toBe("gzip /calendar/2565-06");
    expect(c.keyOf(req("/sitemap.xml?v=2"))).toBe("identity /sitemap.xml");
  });

  it("keeps search answers by the five parameters the page reads, in one order", () => {
    const c = new PageCache();
    const q = encodeURIComponent("เลือกตั้ง");
    expect(c.keyOf(req(`/search?q=${q}`))).toBe(`identity /search?q=${q}`);
    expect(c.keyOf(req(`/search?page=2&utm_source=line&q=${q}&section=announcements`))).toBe(
      c.keyOf(req(`/search?q=${q}&section=announcements&page=2`)),
    );
    expect(c.keyOf(req("/search?q=a&from=01%2F06%2F2566&to=30%2F06%2F2566"))).toBe(
      "identity /search?q=a&from=01%2F06%2F2566&to=30%2F06%2F2566",
    );
    expect(c.keyOf(req("/search?q=a"))).not.toBe(c.keyOf(req("/search?q=b")));
    // Next marks search answers private; the server shares them for a minute, other pages as Next says.
    expect(shareableFor("/search?q=a")).toBe(60);
    expect(shareableFor("/news/activities")).toBeNull();
    expect(shareableFor("/searching")).toBeNull();
  });

  it("lists every public route that reads its query string", () => {
    // A route that starts reading a parameter must be added to ROUTE_QUERY, or every reader would
    // get the answer rendered for the first parameter value seen.
    const root = path.resolve(import.meta.dirname, "../../app");
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          /^(page|route|layout)\.tsx?$/.test(entry.name) &&
          /searchParams|useSearchParams|nextUrl|request\.url|req\.url/.test(readFileSync(full, "utf8"))
        ) {
          readers.push(path.relative(root, path.dirname(full)));
        }
      }
    };
    walk(root);
    const publicReaders = readers.filter((dir) => !/^(admin|api|files)(\/|$)/.test(dir));
    expect(publicReaders.length).toBeGreaterThan(0);
    for (const dir of publicReaders) {
      const sample = `/${dir
        .split(path.sep)
        // Route groups, the language and the office (proxy.ts adds them) are not in the address.
        .filter((s) => !/^\(.*\)$/.test(s) && s !== "[lang]" && s !== "[office]")
        .map((s) => s.replace(/^\[.*\]$/, "x"))
        .join("/")}`;
      for (const address of dir.includes("[lang]") ? [sample, `/en${sample}`] : [sample])
        expect(
          ROUTE_QUERY.some((r) => r.path.test(address)),
          `${dir} reads its query: list it in ROUTE_QUERY (server/cache-key.ts) for ${address}`,
        ).toBe(true);
    }
  });

  it("puts every Accept-Encoding in the gzip or the identity bucket", () => {
    expect(encodingBucket("gzip, deflate, br, zstd")).toBe("gzip");
    expect(encodingBucket("br;q=1.0, gzip;q=0.8")).toBe("gzip");
    expect(encodingBucket("*")).toBe("gzip");
    for (const value of [undefined, "", "deflate", "br", "identity", "gzip;q=0", "gzip;q=0, deflate", "*;q=0"]) {
      expect(encodingBucket(value), String(value)).toBe("identity");
    }
  });

  it("rewrites the request to exactly what its key names before Next sees it", () => {
    const deflate = req("/news/activities?utm_source=x", { "accept-encoding": "deflate" });
    expect(admitRequest(deflate)).toBe("identity /news/activities");
    expect(deflate.url).toBe("/news/activities");
    expect(deflate.headers["accept-encoding"]).toBeUndefined();

    const browser = req("/?x=1", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(admitRequest(browser)).toBe("gzip /");
    expect(browser.url).toBe("/");
    expect(browser.headers["accept-encoding"]).toBe("gzip");

    const staff = req("/admin/posts?status=DRAFT", { "accept-encoding": "deflate" });
    expect(admitRequest(staff)).toBeNull();
    expect(staff).toEqual(req("/admin/posts?status=DRAFT", { "accept-encoding": "deflate" }));
  });

  it("never stores an answer whose Content-Encoding does not fit its bucket", () => {
    const c = new PageCache();
    const encoded = (encoding: string) => ({ ...shareable, "content-encoding": encoding });
    expect(c.offer("identity /", 200, encoded("deflate"), body)).toBe(false);
    expect(c.offer("identity /", 200, encoded("gzip"), body)).toBe(false);
    expect(c.offer("gzip /", 200, encoded("deflate"), body)).toBe(false);
    expect(c.offer("gzip /", 200, encoded("br"), body)).toBe(false);
    expect(c.size).toBe(0);
    expect(c.offer("gzip /", 200, encoded("gzip"), body)).toBe(true);
    // Next leaves images and small answers uncompressed: fine for a client that takes gzip.
    expect(c.offer("gzip /og/site.png", 200, { ...shareable, "content-type": "image/png" }, body)).toBe(true);
    expect(c.offer("identity /", 200, encoded("identity"), body)).toBe(true);
  });
});

describe("officeKey", () => {
  it("names the office between the encoding and the address, so one office's copy is never another's", () => {
    expect(officeKey("gzip /feed.xml", "nan")).toBe("gzip nan /feed.xml");
    expect(officeKey("identity /search?q=a", "chiangrai")).not.toBe(officeKey("identity /search?q=a", "nan"));
  });
});

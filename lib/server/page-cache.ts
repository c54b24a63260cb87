// A small in-memory cache of whole public responses in front of Next — the job a CDN or an nginx
// micro-cache does with the `s-maxage` Next already sends. Next's own ISR cache still decides what
// a page contains; this only saves re-reading, re-hashing and re-serialising it on every hit.
// Every publish clears it (lib/cache/revalidate.ts), and no entry outlives its s-maxage.

export type CachedResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  expires: number;
};

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

const CACHEABLE_STATUS = new Set([200, 301, 308, 404]);
// Paths whose answers are per-request by nature: the staff area, APIs, file downloads (counted).
const PRIVATE_PREFIXES = ["/admin", "/api/", "/files/", "/_next/"];
// Client-side navigations ask for React payloads in the same URL, told apart by these headers.
const VARYING_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const DROP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);

export class PageCache {
  private entries = new Map<string, CachedResponse>();

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBodyBytes = 1_000_000,
    private readonly maxTtlMs = 60_000,
  ) {}

  /** The cache key of a request, or null when the request must go to Next. */
  keyOf(req: RequestLike): string | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "";
    if (!url.startsWith("/") || PRIVATE_PREFIXES.some((p) => url === p.replace(/\/$/, "") || url.startsWith(p))) return null;
    if (url.includes("_rsc=")) return null;
    if (VARYING_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity";
    return `${encoding} ${url}`;
  }

  get(key: string, now = Date.now()): CachedResponse | null {
    const hit = this.entries.get(key);
    if (!hit) return null;
    if (hit.expires <= now) {
      this.entries.delete(key);
      return null;
    }
    // Least recently used goes first when full: re-insert to mark as used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores a finished response if Next marked it shareable (s-maxage) and it is small enough. */
  offer(key: string, status: number, headers: Record<string, unknown>, body: Buffer, now = Date.now()): boolean {
    if (!CACHEABLE_STATUS.has(status) || body.length > this.maxBodyBytes) return false;
    const cacheControl = String(headers["cache-control"] ?? "");
    const sMaxAge = /s-maxage=(\d+)/.exec(cacheControl);
    if (!sMaxAge || /private|no-store/.test(cacheControl) || headers["set-cookie"] !== undefined) return false;
    // A stale answer is being regenerated behind it: let the next request fetch the fresh one.
    if (String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return false;
    const ttl = Math.min(Number(sMaxAge[1]) * 1000, this.maxTtlMs);
    if (ttl <= 0) return false;
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (DROP_HEADERS.has(name) || value === undefined) continue;
      kept[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    this.entries.set(key, { status, headers: kept, body, expires: now + ttl });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const GLOBAL_KEY = Symbol.for("ect.pageCache");

/** The process-wide cache, shared between the server and Next's bundled code (same process). */
export function sharedPageCache(): PageCache {
  const g = globalThis as { [GLOBAL_KEY]?: PageCache };
  g[GLOBAL_KEY] ??= new PageCache();
  return g[GLOBAL_KEY];
}

/** Called after every change the public can see; safe when no front cache is running. */
export function purgePageCache(): void {
  (globalThis as { [GLOBAL_KEY]?: PageCache })[GLOBAL_KEY]?.clear();
}

// A small in-memory cache of whole public responses in front of Next — the job a CDN or an nginx
// micro-cache does with the `s-maxage` Next already sends. Next's own ISR cache still decides what
// a page contains; this only saves re-reading, re-hashing and re-serialising it on every hit.
// Every change marks all entries stale (lib/cache/revalidate.ts through lib/cache/purge-page-cache.ts), as does their s-maxage running
// out. A stale entry is not thrown away: one request for its URL goes to Next to refresh it while
// concurrent requests for the same URL get the old copy (stale-while-revalidate), and requests for
// a URL with no copy at all wait for the one render in flight (coalescing). On election night the
// counts change every second; without this every purge sent every connection to Next at once.
// Memory is bounded by bytes, not only entries: a few large answers (sitemap, feeds) fit, and
// answers nobody asked for again are dropped first. Not-found answers and search answers have a
// small share of their own, so a script asking for endless made-up addresses or queries cannot
// push the real pages out.
import { PAGE_CACHE_KEY } from "@/lib/cache/purge-page-cache";
import { admitRequest, encodingFits, planRequest, shareableFor } from "./cache-key";

export type CachedResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Fresh until then; after it, served only while a refresh is in flight. */
  expires: number;
};

type Stored = CachedResponse & { generation: number; size: number };

/** What a request should do, from lookup(). */
export type Lookup =
  | { kind: "fresh"; entry: CachedResponse }
  /** Serve this old copy: another request is already refreshing it. */
  | { kind: "stale"; entry: CachedResponse }
  /** No copy yet, but another request is rendering this URL: wait for it (null: go to Next). */
  | { kind: "wait"; pending: Promise<CachedResponse | null> }
  /** Go to Next, then report the answer with settle(ticket, …). */
  | { kind: "render"; ticket: Ticket }
  /** Go to Next; nothing to report (HEAD requests, which have no body to keep). */
  | { kind: "pass" };

export type Ticket = { key: string; generation: number };

type InFlight = {
  started: number;
  generation: number;
  promise: Promise<CachedResponse | null>;
  resolve: (r: CachedResponse | null) => void;
};

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

export type PageCacheOptions = {
  maxEntries?: number;
  /** Bytes all entries together may take (bodies and headers). */
  maxBytes?: number;
  /** A single answer larger than this is passed through uncached (default: a quarter of maxBytes, at most 16 MB). */
  maxBodyBytes?: number;
  maxTtlMs?: number;
  /** How long after going stale an entry may still stand in while its URL is refreshed. */
  maxStaleMs?: number;
  /** A render that has not reported back after this long is treated as lost. */
  renderTimeoutMs?: number;
  /** How long a copy Next itself answered as STALE is served before asking Next again. */
  staleAnswerMs?: number;
};

const CACHEABLE_STATUS = new Set([200, 301, 308, 404]);

/** Search answers (one per query typed): kept in the small share with not-found answers. */
// The address is what follows the key's last space (officeKey() puts the office before it).
const isQueryAnswer = (key: string) => shareableFor(key.slice(key.lastIndexOf(" ") + 1)) !== null;
const DROP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);
/** Share of maxBytes that not-found and search answers may take together. */
const NOT_FOUND_SHARE = 1 / 8;
const MB = 1024 * 1024;

export class PageCache {
  private entries = new Map<string, Stored>();
  /** 404 and search answers, kept apart so that they can only evict each other. */
  private missing = new Map<string, Stored>();
  private bytesUsed = 0;
  private missingBytes = 0;
  private inFlight = new Map<string, InFlight>();
  /** Each render's own flight, which a newer render of the same key may have replaced in inFlight. */
  private flights = new WeakMap<Ticket, InFlight>();
  /** Bumped by purge(): an answer whose render began before a purge may hold old data. */
  private generation = 0;
  private readonly maxEntries: number;
  private maxBytes: number;
  private maxBodyBytes: number;
  private readonly maxTtlMs: number;
  private readonly maxStaleMs: number;
  private readonly renderTimeoutMs: number;
  private readonly staleAnswerMs: number;

  constructor(options: PageCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxBytes = options.maxBytes ?? 64 * MB;
    this.maxBodyBytes = options.maxBodyBytes ?? Math.min(16 * MB, Math.floor(this.maxBytes / 4));
    this.maxTtlMs = options.maxTtlMs ?? 60_000;
    this.maxStaleMs = options.maxStaleMs ?? 10 * 60_000;
    this.renderTimeoutMs = options.renderTimeoutMs ?? 30_000;
    this.staleAnswerMs = options.staleAnswerMs ?? 1_000;
  }

  /** Sets the memory budget (PAGE_CACHE_MB), dropping the least recently used entries beyond it. */
  resize(maxBytes: number): void {
    this.maxBytes = maxBytes;
    this.maxBodyBytes = Math.min(16 * MB, Math.floor(maxBytes / 4));
    this.evict();
  }

  /** The cache key of a request, or null when the request must go to Next. */
  keyOf(req: RequestLike): string | null {
    return planRequest(req)?.key ?? null;
  }

  /** keyOf(), and rewrites the request to ask Next for exactly what the key names (server/cache-key.ts). */
  admit(req: RequestLike): string | null {
    return admitRequest(req);
  }

  /** A fresh entry, or null (stale entries are left for lookup()). */
  get(key: string, now = Date.now()): CachedResponse | null {
    const hit = this.usable(key, now);
    return hit && hit.expires > now ? hit : null;
  }

  /**
   * Decides how to answer a request for `key`: fresh copy, stale copy while another request
   * refreshes it, wait for the render in flight, or render (as the one request that refreshes).
   */
  lookup(key: string, now = Date.now(), opts: { canRender: boolean } = { canRender: true }): Lookup {
    const entry = this.usable(key, now);
    if (entry && entry.expires > now) return { kind: "fresh", entry };
    let flight = this.inFlight.get(key);
    if (flight && now - flight.started > this.renderTimeoutMs) {
      this.finish(key, flight, null);
      flight = undefined;
    }
    // A render that began before the latest purge may answer with what the change replaced: those
    // already waiting for it keep it, but a request arriving after the purge starts a new one.
    if (flight && flight.generation !== this.generation) flight = undefined;
    if (entry && (flight || !opts.canRender)) return { kind: "stale", entry };
    if (flight) return { kind: "wait", pending: flight.promise };
    if (!opts.canRender) return { kind: "pass" };
    let resolve: InFlight["resolve"] = () => {};
    const promise = new Promise<CachedResponse | null>((r) => (resolve = r));
    const started: InFlight = { started: now, generation: this.generation, promise, resolve };
    this.inFlight.set(key, started);
    const ticket: Ticket = { key, generation: this.generation };
    this.flights.set(ticket, started);
    return { kind: "render", ticket };
  }

  /**
   * The render of a lookup() has finished: keep its answer if shareable (null when the request
   * failed or was aborted) and release the requests waiting for it.
   */
  settle(
    ticket: Ticket,
    answer: { status: number; headers: Record<string, unknown>; body: Buffer } | null,
    now = Date.now(),
  ): boolean {
    const stored = answer
      ? this.offer(ticket.key, answer.status, answer.headers, answer.body, now, ticket.generation)
      : false;
    const flight = this.flights.get(ticket);
    // Waiters get what was kept: this answer, or the newer one a render after a purge stored first.
    const kept = this.entries.get(ticket.key) ?? this.missing.get(ticket.key) ?? null;
    const newer = kept !== null && kept.generation > ticket.generation;
    if (flight) this.finish(ticket.key, flight, stored || newer ? kept : null);
    return stored;
  }

  /**
   * Stores a finished response if Next marked it shareable (s-maxage) and it is small enough.
   * An answer rendered before the latest purge (`generation`) is kept as already stale.
   */
  offer(
    key: string,
    status: number,
    headers: Record<string, unknown>,
    body: Buffer,
    now = Date.now(),
    generation = this.generation,
  ): boolean {
    if (!CACHEABLE_STATUS.has(status) || body.length > this.maxBodyBytes) return false;
    // Next answers in the encoding the request asked for; one that does not fit the key's bucket
    // (a request that slipped past admit()) would reach readers who cannot decode it.
    if (!encodingFits(key.slice(0, Math.max(0, key.indexOf(" "))), headers["content-encoding"])) return false;
    const cacheControl = String(headers["cache-control"] ?? "");
    const sMaxAge = /s-maxage=(\d+)/.exec(cacheControl);
    if (!sMaxAge || /private|no-store/.test(cacheControl) || headers["set-cookie"] !== undefined) return false;
    const ttl = Math.min(Number(sMaxAge[1]) * 1000, this.maxTtlMs);
    if (ttl <= 0) return false;
    const kept: Record<string, string | string[]> = {};
    let size = key.length + body.length;
    for (const [name, value] of Object.entries(headers)) {
      if (DROP_HEADERS.has(name) || value === undefined) continue;
      kept[name] = Array.isArray(value) ? value.map(String) : String(value);
      size += name.length + String(kept[name]).length;
    }
    // Next answers STALE from its own cache while it re-renders behind the answer: ask it again
    // shortly. Not at once: such an answer takes Next a millisecond or two, so every request would
    // lead a "refresh" in turn and the whole load would go to Next, starving the very re-render
    // that ends it. An answer rendered before the latest purge is stale at once.
    const staleAnswer = String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE";
    const expires =
      generation !== this.generation ? now : now + (staleAnswer ? Math.min(ttl, this.staleAnswerMs) : ttl);
    // An old render finishing after a newer one must not replace the newer answer.
    const current = this.entries.get(key) ?? this.missing.get(key);
    if (current && current.generation > generation) return false;
    this.remove(key);
    const stored: Stored = { status, headers: kept, body, expires, generation, size };
    if (status === 404 || isQueryAnswer(key)) {
      this.missing.set(key, stored);
      this.missingBytes += size;
    } else {
      this.entries.set(key, stored);
    }
    this.bytesUsed += size;
    this.evict();
    return this.has(key);
  }

  /** Marks every entry stale: each is refreshed by the next request for it (see lookup()). */
  purge(now = Date.now()): void {
    this.generation += 1;
    for (const map of [this.entries, this.missing])
      for (const entry of map.values()) entry.expires = Math.min(entry.expires, now);
  }

  /** Forgets everything (tests, and any caller that must not see old copies at all). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.missing.clear();
    this.bytesUsed = 0;
    this.missingBytes = 0;
  }

  get size(): number {
    return this.entries.size + this.missing.size;
  }

  /** Bytes the entries take (bodies, kept headers and keys). */
  get bytes(): number {
    return this.bytesUsed;
  }

  /** Requests currently rendering a URL for the cache. */
  get rendering(): number {
    return this.inFlight.size;
  }

  /** The entry if it is fresh or may still stand in (within maxStaleMs of going stale). */
  private usable(key: string, now: number): Stored | null {
    const map = this.entries.has(key) ? this.entries : this.missing;
    const hit = map.get(key);
    if (!hit) return null;
    if (hit.expires + this.maxStaleMs <= now) {
      this.remove(key);
      return null;
    }
    // Least recently used goes first when full: re-insert to mark as used.
    map.delete(key);
    map.set(key, hit);
    return hit;
  }

  private has(key: string): boolean {
    return this.entries.has(key) || this.missing.has(key);
  }

  private remove(key: string): void {
    const page = this.entries.get(key);
    if (page) {
      this.entries.delete(key);
      this.bytesUsed -= page.size;
    }
    const miss = this.missing.get(key);
    if (miss) {
      this.missing.delete(key);
      this.bytesUsed -= miss.size;
      this.missingBytes -= miss.size;
    }
  }

  /** Drops least recently used entries until within budget: not-found answers first. */
  private evict(): void {
    const oldest = (map: Map<string, Stored>) => map.keys().next().value;
    while (this.missing.size > 0 && this.missingBytes > this.maxBytes * NOT_FOUND_SHARE)
      this.remove(oldest(this.missing) ?? "");
    while (this.size > this.maxEntries || this.bytesUsed > this.maxBytes) {
      const key = oldest(this.missing) ?? oldest(this.entries);
      if (key === undefined) break;
      this.remove(key);
    }
  }

  private finish(key: string, flight: InFlight, result: CachedResponse | null): void {
    // A newer render of the key may have taken its place (see lookup()): leave that one be.
    if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    flight.resolve(result);
  }
}

/** The process-wide cache, shared between the server and Next's bundled code (same process). */
export function sharedPageCache(): PageCache {
  const g = globalThis as { [PAGE_CACHE_KEY]?: PageCache };
  g[PAGE_CACHE_KEY] ??= new PageCache();
  return g[PAGE_CACHE_KEY];
}

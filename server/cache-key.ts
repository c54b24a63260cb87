// What a request for the page cache is, reduced to what can change the answer: the path, the
// query parameters its route reads (most read none), and the one content encoding the answer may
// come in. Everything else a client adds (`?x=1`, `?utm_source=…`, `Accept-Encoding: deflate`)
// would otherwise make a fresh render and a fresh entry per request, and an encoding the key does
// not name could put a body in the cache that other readers cannot decode.

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** Content encodings an entry may be kept in. Next compresses with gzip (or deflate) only, never br. */
export type Encoding = "gzip" | "identity";

export type CachePlan = {
  key: string;
  /** The address Next is asked for: the path and the parameters its route reads, in a fixed order. */
  url: string;
  encoding: Encoding;
};

// Paths whose answers are per-request by nature: the staff area, APIs, file downloads (counted).
const PRIVATE_PREFIXES = ["/admin", "/api/", "/files/", "/_next/"];
// Client-side navigations ask for React payloads in the same URL, told apart by these headers.
const VARYING_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];

export type RouteQuery = {
  path: RegExp;
  params: readonly string[] | null;
  /**
   * For routes Next renders per request (they read their query) and therefore marks private,
   * although every reader gets the same answer: how long the server lets caches share it
   * (shareableFor, server/serve.ts). Like every cached page it is refreshed after each publish.
   */
  shareSeconds?: number;
};

/**
 * The query parameters each public route reads, found by reading app/ (tests/unit/cache-key.test.ts
 * checks that every route that reads its query is listed). null: the route is rendered per request
 * and never cached. Routes not listed read no parameter (listing pages take the page number in the
 * path: /news/{section}/page/2).
 */
export const ROUTE_QUERY: readonly RouteQuery[] = [
  // Search results (lib/search/params.ts reads these five): recent queries come from the cache
  // until the next publish, so a popular query costs one database search per change (issue 11).
  { path: /^(?:\/en)?\/search\/?$/, params: ["q", "section", "from", "to", "page"], shareSeconds: 60 },
  // E-mail alerts: the result of a form (?result=…) and one reader's confirm and manage links.
  { path: /^(?:\/en)?\/alerts(\/|$)/, params: null },
];

/** How long an answer for `url` may be shared although Next marked it private; null: as Next says. */
export function shareableFor(url: string | undefined): number | null {
  const path = (url ?? "").split("?")[0] ?? "";
  return ROUTE_QUERY.find((r) => r.path.test(path))?.shareSeconds ?? null;
}

/** Which bucket an Accept-Encoding header falls in: gzip when the client takes it, else identity. */
export function encodingBucket(accept: string | string[] | undefined): Encoding {
  const q = new Map<string, number>();
  for (const part of (Array.isArray(accept) ? accept.join(",") : (accept ?? "")).split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const gzip = q.get("gzip") ?? q.get("x-gzip") ?? q.get("*") ?? 0;
  return gzip > 0 ? "gzip" : "identity";
}

/** Whether an answer with this Content-Encoding may be kept in (and served from) a bucket. */
export function encodingFits(bucket: string, contentEncoding: unknown): boolean {
  const value = String(contentEncoding ?? "")
    .trim()
    .toLowerCase();
  if (value === "" || value === "identity") return true;
  return value === bucket;
}

/** The cache plan of a request, or null when it must go to Next untouched. */
export function planRequest(req: RequestLike): CachePlan | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const raw = req.url ?? "";
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  const cut = raw.indexOf("?");
  const path = cut < 0 ? raw : raw.slice(0, cut);
  if (PRIVATE_PREFIXES.some((p) => path === p.replace(/\/$/, "") || path.startsWith(p))) return null;
  if (VARYING_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  const query = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
  // A React payload asked for by address alone: never mixed with the HTML of the same path.
  if (query.has("_rsc")) return null;
  const route = ROUTE_QUERY.find((r) => r.path.test(path));
  if (route && route.params === null) return null;
  const kept = new URLSearchParams();
  for (const name of route?.params ?? []) {
    const value = query.get(name);
    if (value !== null) kept.set(name, value);
  }
  const search = kept.toString();
  const url = search ? `${path}?${search}` : path;
  const encoding = encodingBucket(req.headers["accept-encoding"]);
  return { key: `${encoding} ${url}`, url, encoding };
}

/**
 * Makes the request ask Next for exactly what its key names: the reduced address, and
 * Accept-Encoding set to the bucket (so Next cannot answer a `deflate`-only client with a deflate
 * body filed under identity). Returns the key, or null for requests the cache leaves alone.
 */
export function admitRequest(req: RequestLike): string | null {
  const plan = planRequest(req);
  if (!plan) return null;
  req.url = plan.url;
  if (plan.encoding === "identity") delete req.headers["accept-encoding"];
  else req.headers["accept-encoding"] = plan.encoding;
  return plan.key;
}

/**
 * The key of one office's copy: "<encoding> <office> <address>". An address has no space (Node's
 * parser refuses one), so the address is what follows the last space.
 */
export function officeKey(key: string, office: string): string {
  const cut = key.indexOf(" ");
  return `${key.slice(0, cut)} ${office} ${key.slice(cut + 1)}`;
}

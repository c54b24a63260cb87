// The memory cache in front of Next belongs to the production server (server/page-cache.ts);
// library code only tells it that something changed. The two meet on one process-wide key because
// the server and Next's bundled code each load their own copy of every module.
export const PAGE_CACHE_KEY = Symbol.for("ect.pageCache");

type WithPageCache = typeof globalThis & { [PAGE_CACHE_KEY]?: { purge(): void } };

/** Called after every change the public can see; safe when no front cache is running. */
export function purgePageCache(): void {
  (globalThis as WithPageCache)[PAGE_CACHE_KEY]?.purge();
}

// BENCH_ONLY=search across offices (search.ts): how much the bench seeds — BENCH_SEARCH_POSTS posts
// (default 5,000) in each of BENCH_SEARCH_OFFICES offices (default 77, every provincial office;
// search-seed.ts) — and what it asks of the one office it measures, the default office (the one
// the server serves on 127.0.0.1): every listing page past the first of every section and the
// permanent address of every published post, each in a fixed shuffle and asked once. An office's
// archive (~60 pages a section at 5,000 posts) is smaller than the runs ask for, so the bench
// refreshes the public pages as a staff publish does (refreshPublicPages), before each connection
// count after the first and every second while the listing pages run (refreshEvery, as on election
// night): an address asked again is rendered again, not served from a cache.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { INTERNAL_SECRET_HEADER } from "@/lib/cache/internal-secret";
import { PAGE_SIZE } from "@/lib/posts/queries";
import { sectionPath } from "@/lib/posts/sections";
import { postPath } from "@/lib/posts/url";
import type { Section } from "@/lib/generated/prisma/enums";

export type SearchScale = { perOffice: number; offices: number };

function whole(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function searchScale(): SearchScale {
  return { perOffice: whole("BENCH_SEARCH_POSTS", 5_000), offices: whole("BENCH_SEARCH_OFFICES", 77) };
}

/** The same order on every run (a seeded Fisher–Yates), so that runs ask the same addresses. */
function shuffled<T>(list: T[]): T[] {
  const out = [...list];
  let seed = 7919;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type OfficeAddresses = { deepListings: string[]; posts: string[] };

/** The default office's listing pages 2…last of every section and its published posts' addresses. */
export async function defaultOfficeAddresses(databaseUrl: string): Promise<OfficeAddresses> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sections = await client.query<{ section: Section; n: number }>(
      `SELECT section, count(*)::int AS n FROM "Post"
       WHERE "officeId" = default_office_id() AND status = 'PUBLISHED' GROUP BY section`,
    );
    const posts = await client.query<{ id: number; slug: string | null }>(
      `SELECT id, slug FROM "Post" WHERE "officeId" = default_office_id() AND status = 'PUBLISHED' ORDER BY id`,
    );
    const deepListings = sections.rows.flatMap(({ section, n }) =>
      Array.from({ length: Math.max(0, Math.ceil(n / PAGE_SIZE) - 1) }, (_, i) => sectionPath(section, i + 2)),
    );
    return { deepListings: shuffled(deepListings), posts: shuffled(posts.rows.map((p) => postPath(p.id, p.slug))) };
  } finally {
    await client.end();
  }
}

/** Given to the bench's server, so that refreshPublicPages() may ask it to refresh. */
export const refreshEnv = { INTERNAL_REVALIDATE_SECRET: randomBytes(24).toString("hex") };

/**
 * What a staff save does (lib/cache/revalidate.ts): every public page stale in Next's cache and in
 * the page cache, so the next request for an address renders it again. Then warm() the repeated
 * addresses again.
 */
export async function refreshPublicPages(baseUrl: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/internal/revalidate`, {
    method: "POST",
    headers: { [INTERNAL_SECRET_HEADER]: refreshEnv.INTERNAL_REVALIDATE_SECRET },
  });
  await res.arrayBuffer();
  if (res.status !== 204) throw new Error(`revalidate answered ${res.status}`);
}

/** Every address once, in order (each must answer 200): first renders, JIT, the page cache. */
export async function warm(base: string, paths: string[]): Promise<void> {
  for (const p of paths) {
    const res = await fetch(base + p);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`warm-up: ${p} answered ${res.status}`);
  }
}

/**
 * refreshPublicPages() every `ms` until stop() is called. An address asked again at least two
 * refreshes after it was first answered is sure to be rendered again (one render may still have
 * been in flight at the first).
 */
export function refreshEvery(baseUrl: string, ms: number): () => Promise<void> {
  let last = Promise.resolve();
  let failure: unknown;
  const timer = setInterval(() => {
    last = last
      .then(() => refreshPublicPages(baseUrl))
      .catch((error: unknown) => {
        failure ??= error;
      });
  }, ms);
  return async () => {
    clearInterval(timer);
    await last;
    if (failure) throw failure;
  };
}

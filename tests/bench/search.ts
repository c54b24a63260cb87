// `BENCH_ONLY=search npm run bench` (needs DATABASE_URL): search and section listings at scale.
// Creates the database ect_bench_search on that server (dropped first if left over, dropped at the
// end unless BENCH_KEEP_DB=1; BENCH_REUSE_DB=1 measures on one kept by an earlier run), migrates it, seeds the demo site and then BENCH_SEARCH_POSTS
// (default 5,000) generated posts in each of BENCH_SEARCH_OFFICES offices (default 77: 385,000;
// search-seed.ts, search-office.ts), starts the production server on it and measures in the default
// office, with a closed-loop client, latency percentiles and req/s of: a mix of 15 searches
// (repeated: after the first, from the page cache), searches never asked before (each address
// once: database and render), listing page 1 (page cache), listing pages deep in the archive and
// post pages (each address asked once, so Next renders it from the database), each next to the
// static page /accessibility (runs interleaved S T S T …; ratio = req/s ÷ mean static req/s at the
// same connections).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closePrisma, createPrisma } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { parseSearchParams } from "@/lib/search/params";
import { parseQuery } from "@/lib/search/tsquery";
import { searchPosts } from "@/lib/search/queries";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import { latencyRun, type LatencyRun } from "./latency";
import { ABSENT_WORD } from "./search-corpus";
import { newSearchPaths } from "./search-new-queries";
import {
  defaultOfficeAddresses,
  refreshEnv,
  refreshEvery,
  refreshPublicPages,
  searchScale,
  warm,
  type SearchScale,
} from "./search-office";
import { describeSeed, seedSearchPosts, type SearchSeed } from "./search-seed";
import { ensureBuild, startServer, waitUntilUp, type Server } from "./server";

const DB_NAME = "ect_bench_search";
export const GOAL_P95_MS = 50;

// What readers type: common words, places, phrases, a half-typed word, a word with no match,
// and filters by section and by a Buddhist-era year.
const SEARCHES: Array<Record<string, string>> = [
  { q: "เลือกตั้ง" },
  { q: "ประกาศผล" },
  { q: "แม่ฟ้าหลวง" },
  { q: "เชียงแสน ประชุม" },
  { q: "รับสมัคร" },
  { q: "ประชามติ" },
  { q: "จัดซื้อจัดจ้าง" },
  { q: "ผู้ช่วยเจ้าหน้าที่" },
  { q: "เลือ" },
  { q: "ตาสับปะรด" },
  { q: ABSENT_WORD },
  { q: "สายด่วน 1444" },
  { q: "เลือกตั้ง", section: "election-results" },
  { q: "ประชามติ", from: "01/01/2566", to: "31/12/2566" },
  { q: "แม่สาย", section: "announcements", from: "01/01/2565" },
];

export const searchPaths = () => SEARCHES.map((s) => `/search?${new URLSearchParams(s).toString()}`);

async function databaseExists(serverUrl: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rowCount === 1;
  } finally {
    await c.end();
  }
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export type SearchBenchRow = LatencyRun & { ratio: number; goalMet?: boolean };

/** The same searches through lib/search in this process, one at a time: the database's share. */
async function databaseOnly(databaseUrl: string, seconds: number): Promise<LatencyRun> {
  // lib/search reads the app's configured database: make that the bench database for this run.
  const configured = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  resetEnvForTests();
  await closePrisma();
  const times: number[] = [];
  try {
    const inputs = searchPaths().map((p) => {
      const sp = parseSearchParams(Object.fromEntries(new URL(p, "http://x").searchParams));
      const q = parseQuery(sp.q);
      return {
        tsquery: q.tsquery!,
        candidates: q.candidates!,
        words: q.words,
        section: sp.sectionKey,
        start: sp.range.start,
        end: sp.range.end,
        page: 1,
      };
    });
    const until = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < until; i++) {
      const t0 = performance.now();
      await searchPosts(inputs[i % inputs.length]!);
      times.push(performance.now() - t0);
    }
  } finally {
    await closePrisma();
    process.env.DATABASE_URL = configured;
    resetEnvForTests();
  }
  const sorted = times.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    label: "search, lib/search only",
    connections: 1,
    seconds,
    requests: times.length,
    reqPerSec: times.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.at(-1)!,
    failures: 0,
    failureSamples: [],
  };
}

export async function searchBench(opts: {
  root: string;
  port: number;
  seconds: number;
  signal: AbortSignal;
  onServer: (s: Server) => void;
}): Promise<{ rows: SearchBenchRow[]; failed: boolean; file: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error(
      "BENCH_ONLY=search needs DATABASE_URL (a PostgreSQL server; the database ect_bench_search is created on it)",
    );
  const scale = searchScale();
  const connectionsList = (process.env.BENCH_SEARCH_CONNECTIONS ?? "1,8").split(",").map(Number);
  await ensureBuild(opts.root);

  const url = new URL(serverUrl);
  url.pathname = `/${DB_NAME}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ect-bench-search-"));
  const uploadsDir = path.join(dataDir, "uploads");
  let server: Server | undefined;
  try {
    const reuse = process.env.BENCH_REUSE_DB === "1" && (await databaseExists(serverUrl));
    let seeded: SearchSeed;
    if (reuse) {
      seeded = await describeSeed(databaseUrl);
      console.log(
        `database: ${DB_NAME}, kept by an earlier run (BENCH_REUSE_DB=1): ${seeded.posts.toLocaleString("en")} posts in ${seeded.offices} offices`,
      );
    } else {
      console.log(
        `database: ${DB_NAME} — migrating, seeding the demo site and ${scale.offices} × ${scale.perOffice} posts…`,
      );
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
      await admin(serverUrl, `CREATE DATABASE "${DB_NAME}"`);
      const db = createPrisma({ databaseUrl });
      try {
        await applyMigrations(db.runner);
        await seedDemo(db.prisma, { uploadsDir });
      } finally {
        await db.close();
      }
      seeded = await seedSearchPosts(databaseUrl, scale.perOffice, scale.offices);
      console.log(
        `  ${seeded.posts.toLocaleString("en")} posts in ${seeded.offices} offices in ${(seeded.ms / 1000).toFixed(1)} s (INSERT … SELECT generate_series, GIN indexes built after)`,
      );
    }
    lastScale = scale;
    const addresses = await defaultOfficeAddresses(databaseUrl);
    console.log(
      `  measured in the default office (id ${seeded.defaultOfficeId}): ${addresses.deepListings.length} listing pages past the first, ${addresses.posts.length} published posts`,
    );

    const reports = path.join(opts.root, "test-results");
    mkdirSync(reports, { recursive: true });
    const logFile = path.join(reports, "bench-search-server.log");
    server = startServer({
      root: opts.root,
      port: opts.port,
      env: { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, UPLOADS_DIR: uploadsDir, ...refreshEnv },
      logFile,
    });
    opts.onServer(server);
    await waitUntilUp(server, "/accessibility", 60_000);
    const base = server.url;

    const searches = searchPaths();
    // `once`: each address asked once (continuing where the last run stopped), so Next renders it.
    const targets = [
      { label: "search (mix of 15)", paths: searches, once: false, refresh: false },
      {
        label: "search, new queries",
        paths: await newSearchPaths(databaseUrl, seeded.defaultOfficeId),
        once: true,
        refresh: false,
      },
      { label: "listing page 1", paths: ["/news/press-releases"], once: false, refresh: false },
      { label: "listing deep pages", paths: addresses.deepListings, once: true, refresh: true },
      { label: "post pages", paths: addresses.posts, once: true, refresh: false },
    ];
    // Warm-up: every search once (first renders, JIT), the cached listing page, the static page.
    const cached = [...searches, "/news/press-releases", "/news/press-releases", "/accessibility"];
    await warm(base, cached);
    await latencyRun({
      label: "warm-up",
      baseUrl: base,
      paths: [...searches, "/accessibility"],
      connections: 4,
      seconds: Math.min(5, opts.seconds),
      signal: opts.signal,
    });

    const rows: SearchBenchRow[] = [];
    let failed = false;
    // Targets whose addresses are each asked once: where the last run stopped.
    const offsets = new Map<string, number>();
    for (const [level, connections] of connectionsList.entries()) {
      // One office's archive is smaller than the runs ask for: refresh as a publish does (search-office.ts).
      if (level > 0) await refreshPublicPages(base).then(() => warm(base, cached));
      console.log(`\n${connections} connection(s), ${opts.seconds} s a run (static page interleaved)`);
      const run = async (label: string, paths: string[]) => {
        const r = await latencyRun({
          label,
          baseUrl: base,
          paths,
          connections,
          seconds: opts.seconds,
          signal: opts.signal,
        });
        console.log(
          `  ${label.padEnd(22)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)}  p95 ${r.p95.toFixed(1)}  p99 ${r.p99.toFixed(1)} ms${r.failures ? `  ✗ ${r.failures} failed: ${r.failureSamples.join("; ")}` : ""}`,
        );
        if (r.failures) failed = true;
        return r;
      };
      const statics = [await run("static", ["/accessibility"])];
      const measured: LatencyRun[] = [];
      for (const t of targets) {
        // Asked-once targets continue where the last run stopped, so none comes from a cache.
        const at = offsets.get(t.label) ?? 0;
        const paths = t.once ? t.paths.slice(at).concat(t.paths.slice(0, at)) : t.paths;
        const stopRefreshing = t.refresh ? refreshEvery(base, 1000) : undefined;
        const m = await run(t.label, paths);
        await stopRefreshing?.();
        if (t.once) {
          offsets.set(t.label, (at + m.requests) % t.paths.length);
          if (m.requests > t.paths.length)
            console.log(`  (${t.label}: ${m.requests} requests for ${t.paths.length} addresses: some asked again)`);
        }
        measured.push(m);
        statics.push(await run("static", ["/accessibility"]));
      }
      const ref = statics.reduce((a, s) => a + s.reqPerSec, 0) / statics.length;
      const worst = (f: (r: LatencyRun) => number) => Math.max(...statics.map(f));
      rows.push({
        ...statics[0]!,
        label: `static (mean of ${statics.length})`,
        reqPerSec: ref,
        p50: worst((s) => s.p50),
        p95: worst((s) => s.p95),
        p99: worst((s) => s.p99),
        requests: statics.reduce((a, s) => a + s.requests, 0),
        failures: statics.reduce((a, s) => a + s.failures, 0),
        ratio: 1,
      });
      for (const m of measured) rows.push({ ...m, ratio: m.reqPerSec / ref, goalMet: m.p95 < GOAL_P95_MS });
    }
    const dbOnly = await databaseOnly(databaseUrl, opts.seconds);
    console.log(
      `\n  ${dbOnly.label}: p50 ${dbOnly.p50.toFixed(1)}  p95 ${dbOnly.p95.toFixed(1)}  p99 ${dbOnly.p99.toFixed(1)} ms (query + snippets, no HTTP, no rendering)`,
    );
    rows.push({ ...dbOnly, ratio: NaN, goalMet: dbOnly.p95 < GOAL_P95_MS });

    const file = path.join(reports, "bench-search.json");
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          posts: seeded.posts,
          offices: seeded.offices,
          postsPerOffice: seeded.perOffice,
          measuredOfficeId: seeded.defaultOfficeId,
          deepListingPages: addresses.deepListings.length,
          postPages: addresses.posts.length,
          seedMs: seeded.ms,
          seconds: opts.seconds,
          searches,
          goalP95Ms: GOAL_P95_MS,
          rows,
          cpus: os.cpus().length,
          loadavg: os.loadavg(),
          failed,
        },
        null,
        2,
      ) + "\n",
    );
    return { rows, failed, file };
  } finally {
    await server?.stop().catch((e: unknown) => console.error(`cleanup: ${e instanceof Error ? e.message : String(e)}`));
    if (process.env.BENCH_KEEP_DB !== "1")
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The scale of the last seeding (run.ts passes BENCH_SEARCH_POSTS alone, now posts per office). */
let lastScale: SearchScale | undefined;

export function renderSearchBench(rows: SearchBenchRow[]): string {
  const { perOffice, offices } = lastScale ?? searchScale();
  const header = [
    "target",
    "conn.",
    "requests",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "failed",
    "ratio",
    `p95 < ${GOAL_P95_MS} ms`,
  ];
  const body = rows.map((r) => [
    r.label,
    String(r.connections),
    String(r.requests),
    r.reqPerSec.toFixed(0),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.failures),
    Number.isNaN(r.ratio) ? "" : r.ratio.toFixed(3),
    r.goalMet === undefined ? "" : r.goalMet ? "yes" : "NO",
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `search, listings and post pages at ${(perOffice * offices).toLocaleString("en")} posts (${offices} offices × ${perOffice.toLocaleString("en")}), measured in the default office`,
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map(line),
    "",
    "Latency: every request of the run, closed loop (each connection sends its next request when the answer has arrived).",
    "Static row: req/s is the mean of its runs, percentiles the worst. ratio = req/s ÷ mean static req/s at the same connections.",
    "search (mix of 15) and listing page 1 are repeated addresses: after the first, the page cache answers (refreshed by every publish).",
    "search, new queries, listing deep pages and post pages are each asked once, so each is a database query and a render by Next",
    "(the public pages are refreshed as a publish does before each connection count after the first, and every second during",
    "listing deep pages: an address asked again is rendered again).",
    "search, lib/search only: searchPosts() called in the bench process, one at a time (database query and snippets; no HTTP or React).",
  ].join("\n");
}

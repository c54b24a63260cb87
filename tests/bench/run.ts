// `npm run bench`: the production server (server/serve.ts: Next behind the in-memory page
// cache) on a fresh seeded database, each public page type measured with wrk (autocannon when wrk
// is missing) at 64 connections next to the prerendered static page /accessibility of the same
// server. Static runs are interleaved with the page runs (S P S P … S) because the machine is
// shared and noisy; the reference is the mean of all static runs. Then, with DATABASE_URL, the
// election-night case (election-night.ts). Writes test-results/bench.json.
// BENCH_ONLY=search: search, listings and post pages in one office of 77 × 5,000 posts instead (search.ts).
// Exit code: 0 even when a ratio is below 0.8; 1 when the server failed or any request errored.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createE2EDatabase } from "../helpers/e2e-database";
import {
  findWrk,
  load,
  measure,
  stopMeasurement,
  warm,
  wrkArgs,
  wrkSeconds,
  type Client,
  type Measurement,
  type Warmup,
} from "./measure";
import { judge, reference, render, cacheSummary, type TargetResult } from "./report";
import { centralSiteOnThisMachine, findNationalPath } from "./national-host";
import { ensureBuild, startServer, waitUntilUp, type Server } from "./server";
import { electionNight, NIGHT_CONNECTIONS, renderNight, type NightResult } from "./election-night";
import { renderSearchBench, searchBench } from "./search";
import { fleetBench, renderFleetBench } from "./fleet";
import { findElectionPaths, findPostPath } from "./paths";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const CONNECTIONS = 64;
const WARMUP_SECONDS = 2;
const STATIC = { label: "static", path: "/accessibility" };

function positive(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`BENCH_SECONDS must be a positive number, got "${raw}"`);
  return n;
}

class Interrupted extends Error {}
let interrupt: (error: Error) => void = () => {};
const aborter = new AbortController();
const interrupted = new Promise<never>((_, reject) => (interrupt = reject));
interrupted.catch(() => {});
// Ctrl-C reaches this process twice (from the terminal and relayed by tsx): the first signal
// starts the clean-up, a repeat within a second is ignored, a later one exits at once.
let firstSignal = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (firstSignal === 0) {
      firstSignal = Date.now();
      console.error(`\n${signal}: stopping and cleaning up… (again to quit at once)`);
      stopMeasurement();
      aborter.abort();
      interrupt(new Interrupted(`interrupted by ${signal}`));
    } else if (Date.now() - firstSignal > 1000) {
      process.exit(130);
    }
  });
}

let server: Server | undefined;
/** Waits for `p`, but gives up at once on Ctrl-C or when the server dies. */
function step<T>(p: Promise<T>): Promise<T> {
  return Promise.race([p, interrupted, ...(server ? [server.exited] : [])]);
}

function warmOk(w: Warmup): boolean {
  return w.statuses.every((s) => s === 200);
}

/** The last warm-up answer came from a cache: the page cache in front, or Next's ISR cache. */
function warmCached(w: Warmup): boolean {
  return w.pageCache.at(-1) === "HIT" || w.nextCache.at(-1) === "HIT";
}

function requestFailures(m: Measurement): number {
  return m.non2xx + m.errors + m.timeouts + m.warmupNon2xx + m.warmupErrors;
}

async function main(): Promise<number> {
  const started = Date.now();
  const requested = positive(process.env.BENCH_SECONDS, 10);
  if (process.env.BENCH_ONLY === "search") {
    const r = await step(
      searchBench({ root, port: PORT, seconds: requested, signal: aborter.signal, onServer: (s) => (server = s) }),
    );
    console.log(`\n${renderSearchBench(r.rows)}\nresults: ${path.relative(root, r.file)}`);
    return r.failed ? 1 : 0;
  }
  const wrkPath = findWrk();
  const client: Client = wrkPath ? { tool: "wrk", wrkPath } : { tool: "autocannon" };
  if (process.env.BENCH_ONLY === "fleet" || process.env.BENCH_ONLY === "fleet-night") {
    await ensureBuild(root);
    const r = await step(fleetBench({ root, client, seconds: wrkPath ? wrkSeconds(requested) : requested }));
    console.log(`\n${renderFleetBench(r)}`);
    return r.failed ? 1 : 0;
  }
  // wrk only takes whole seconds.
  const SECONDS = wrkPath ? wrkSeconds(requested) : requested;
  let clientVersion = `autocannon ${(JSON.parse(readFileSync(path.join(root, "node_modules/autocannon/package.json"), "utf8")) as { version: string }).version}`;
  if (wrkPath) {
    // `wrk -v` prints its version then the usage, and exits 1.
    const v = spawnSync(wrkPath, ["-v"], { encoding: "utf8" });
    clientVersion = (/^wrk \S+/.exec(`${v.stdout}${v.stderr}`)?.[0] ?? "wrk (version unknown)").trim();
  } else {
    console.log("install wrk (apt-get install wrk) for trustworthy figures; falling back to autocannon");
  }
  console.log(`bench: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per run, port ${PORT}`);
  console.log(
    `client: ${wrkPath ? `${wrkArgs("<url>", CONNECTIONS, SECONDS).join(" ")} (${clientVersion})` : clientVersion}`,
  );
  await ensureBuild(root);

  console.log("database: creating a fresh migrated and seeded database…");
  const dbPromise = createE2EDatabase();
  const cleanups: Array<() => Promise<void>> = [
    async () => {
      const db = await dbPromise.catch(() => undefined);
      await db?.drop();
    },
  ];
  let failed = false;
  try {
    const db = await step(dbPromise);
    const reports = path.join(root, "test-results");
    mkdirSync(reports, { recursive: true });
    const logFile = path.join(reports, "bench-server.log");
    // Lets the election-night writer ask the server to revalidate, as a staff save does.
    const secret = randomBytes(24).toString("hex");
    // The central site under this machine's name, for the national page on election night.
    const central = db.env.DATABASE_URL ? await centralSiteOnThisMachine(db.env.DATABASE_URL, PORT) : undefined;
    const running = startServer({ root, port: PORT, env: { ...db.env, INTERNAL_REVALIDATE_SECRET: secret }, logFile });
    server = running;
    cleanups.push(() => running.stop());
    console.log(`server: tsx server/serve.ts on port ${PORT} (log: ${path.relative(root, logFile)})`);
    await step(waitUntilUp(running, STATIC.path, 60_000));

    const targets = [
      { label: "home", path: "/" },
      { label: "listing", path: "/news/press-releases" },
      { label: "post", path: "" }, // found on the listing once that has been warmed
      { label: "calendar month", path: "/calendar/2565-06" },
      { label: "calendar (current)", path: "/calendar" },
      { label: "elections index", path: "/elections" },
      { label: "election", path: "" }, // found on /elections
      { label: "contest", path: "" },
    ];
    const found = await step(findElectionPaths(running.url));
    targets.find((t) => t.label === "election")!.path = found.election;
    targets.find((t) => t.label === "contest")!.path = found.contest;

    console.log("\nwarm-up (sequential GETs: status x-nextjs-cache/x-page-cache)");
    const warmups = new Map<string, Warmup>();
    for (const t of [STATIC, ...targets]) {
      if (t.label === "post") t.path = await step(findPostPath(running.url));
      const w = await step(warm(running.url, t.path));
      warmups.set(t.path, w);
      const seen = w.statuses.map((s, i) => `${s} ${w.nextCache[i]}/${w.pageCache[i]}`).join(" → ");
      const cached = warmCached(w) ? "" : "   ⚠ last answer a HIT of neither cache";
      console.log(`  ${t.path.padEnd(48)} ${seen}${warmOk(w) ? cached : "   ✗ not 200"}`);
      if (!warmOk(w)) failed = true;
    }
    if ([...warmups.values()].some((w) => w.nextCache[0] === "STALE")) {
      console.log("  note: STALE on a fresh database means the entry was left in .next/server/route-cache by another");
      console.log("  server of this build (the ISR cache is on disk, shared by every server of one .next)");
    }

    // The server's code is cold (V8 has not optimised it yet): load every page once before any run counts.
    const serverWarmup = Math.max(WARMUP_SECONDS, Math.min(10, SECONDS));
    console.log(`\nserver warm-up: ${serverWarmup} s at ${CONNECTIONS} connections over all pages`);
    const loaded = await step(
      load(client, {
        baseUrl: running.url,
        paths: [STATIC, ...targets].map((t) => t.path),
        connections: CONNECTIONS,
        seconds: serverWarmup,
      }),
    );
    if (loaded.failures > 0) {
      console.log(`  ✗ ${loaded.failures} requests failed`);
      failed = true;
    }

    // BENCH_ONLY=night: one static run, then only the election-night case (to repeat it quickly).
    const nightOnly = process.env.BENCH_ONLY === "night";
    const measured = nightOnly ? [] : targets;
    const total = measured.length * 2 + 1;
    let n = 0;
    const run = async (t: { label: string; path: string }): Promise<Measurement> => {
      n += 1;
      process.stdout.write(`  [${String(n).padStart(2)}/${total}] ${t.path.padEnd(48)} `);
      const m = await step(
        measure(client, {
          baseUrl: running.url,
          ...t,
          connections: CONNECTIONS,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
        }),
      );
      const bad = requestFailures(m);
      const during = m.cacheDuringRun ? `  during: ${cacheSummary(m.cacheDuringRun)}` : "";
      console.log(
        `${m.reqPerSec.toFixed(0).padStart(6)} req/s  ${(m.bytesPerResponse / 1024).toFixed(1).padStart(6)} KB  ` +
          `${m.transferMBps.toFixed(1).padStart(6)} MB/s  p99 ${m.p99.toFixed(1)} ms  after: ${m.cacheAfter}${during}${bad ? `  ✗ ${bad} failed` : ""}`,
      );
      return m;
    };

    console.log(`\nmeasuring (${total} runs, static page interleaved)`);
    const staticRuns: Measurement[] = [await run(STATIC)];
    const pageRuns: Measurement[] = [];
    for (const t of measured) {
      pageRuns.push(await run(t));
      staticRuns.push(await run(STATIC));
    }

    // Election night last: it changes the contest's counts.
    let night: { result: NightResult; staticRuns: Measurement[] } | undefined;
    if (db.env.DATABASE_URL) {
      console.log(
        `\nelection night (${NIGHT_CONNECTIONS} connections, static page before and after, counts of ${found.contest} updated every second)`,
      );
      const at256 = (t: { label: string; path: string }) =>
        step(
          measure(client, {
            baseUrl: running.url,
            ...t,
            connections: NIGHT_CONNECTIONS,
            seconds: SECONDS,
            warmupSeconds: WARMUP_SECONDS,
          }),
        );
      const before = await at256(STATIC);
      const result = await step(
        electionNight(client, {
          baseUrl: running.url,
          path: found.contest,
          contestId: found.contestId,
          databaseUrl: db.env.DATABASE_URL,
          secret,
          national:
            central && "baseUrl" in central
              ? { baseUrl: central.baseUrl, path: await findNationalPath(central.baseUrl) }
              : undefined,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
        }),
      );
      const after = await at256(STATIC);
      night = { result, staticRuns: [before, after] };
      if (central && "skipped" in central) console.log(`  national page: skipped — ${central.skipped}`);
      const nationalFailed = !!result.national && (result.national.failures > 0 || result.national.late > 0);
      if (
        [before, after, result.run].some((m) => requestFailures(m) > 0) ||
        result.writeErrors > 0 ||
        result.late > 0 ||
        nationalFailed
      )
        failed = true;
    } else {
      console.log(
        "\nelection night: skipped — it needs DATABASE_URL (a PostgreSQL server the writer can reach beside the server)",
      );
    }

    const ref = reference(staticRuns);
    const results: TargetResult[] = pageRuns.map((m, i) =>
      judge(m, warmups.get(m.path)!, ref, staticRuns[i]!, staticRuns[i + 1]!),
    );
    if ([...staticRuns, ...pageRuns].some((m) => requestFailures(m) > 0)) failed = true;

    const elapsed = (Date.now() - started) / 1000;
    console.log(`\n${render(ref, results)}\n`);
    const nightStatic = night ? (night.staticRuns[0]!.reqPerSec + night.staticRuns[1]!.reqPerSec) / 2 : 0;
    if (night) console.log(`${renderNight(night.result, night.staticRuns)}\n`);
    console.log(
      `run took ${elapsed.toFixed(0)} s (load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}, ${os.cpus().length} CPUs)`,
    );

    const jsonFile = path.join(reports, "bench.json");
    writeFileSync(
      jsonFile,
      JSON.stringify(
        {
          date: new Date(started).toISOString(),
          elapsedSeconds: elapsed,
          config: {
            client: client.tool,
            clientVersion,
            clientArgs: wrkPath ? wrkArgs("<url>", CONNECTIONS, SECONDS) : undefined,
            server: "tsx server/serve.ts",
            connections: CONNECTIONS,
            seconds: SECONDS,
            warmupSeconds: WARMUP_SECONDS,
            port: PORT,
            node: process.version,
            cpus: os.cpus().length,
          },
          reference: {
            path: STATIC.path,
            reqPerSec: ref.reqPerSec,
            min: ref.min,
            max: ref.max,
            warm: warmups.get(STATIC.path),
            runs: staticRuns,
          },
          targets: results,
          electionNight: night
            ? {
                ...night.result,
                staticRuns: night.staticRuns,
                staticReqPerSec: nightStatic,
                ratio: night.result.run.reqPerSec / nightStatic,
              }
            : null,
          failed,
        },
        null,
        2,
      ) + "\n",
    );
    console.log(`results: ${path.relative(root, jsonFile)}`);
    if (failed) console.error("✗ some requests failed (non-2xx, errors or timeouts): see the table above");
    return failed ? 1 : 0;
  } finally {
    server = undefined;
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof Interrupted ? 130 : 1);
  },
);

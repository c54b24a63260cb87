// BENCH_ONLY=fleet: the production shape, started as `npm run fleet` starts it (Varnish with
// deploy/varnish/ect.vcl before two instances, on a fresh seeded database, the machine's Redis),
// measured through the front:
// - every public page type at 64 connections, interleaved with the front serving the static page
//   /accessibility (S P S P … S); the reference is the mean of the static runs;
// - election night: the contest page at 1,000 connections for BENCH_NIGHT_SECONDS (default 60)
//   while its counts change every second, each change announced as a staff save on an instance
//   announces it (NOTIFY ect_public_changed: every instance refreshes and purges the front); the
//   static page at 1,000 connections before and after. Goals: no error, p99 under 250 ms, every
//   change visible through the front within 2 s.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrisma } from "@/lib/db/client";
import { PEER_CHANNEL } from "@/lib/cache/peers";
import { copyFilesToDatabase } from "@/lib/media/content";
import { createE2EDatabase } from "../helpers/e2e-database";
import { startTestFleet } from "../helpers/test-fleet";
import { electionNight, renderNight, type NightResult } from "./election-night";
import { measure, warm, type Client, type Measurement } from "./measure";
import { findElectionPaths, findPostPath } from "./paths";

const FRONT_PORT = Number(process.env.BENCH_FLEET_PORT ?? 3400);
const CONNECTIONS = 64;
const NIGHT = { connections: 1_000, p99Ms: 250, visibleMs: 2_000 };
const STATIC = "/accessibility";

export type FleetBench = {
  pages: { label: string; run: Measurement; ratio: number }[];
  staticReqPerSec: number;
  night: NightResult;
  nightStatic: Measurement[];
  failed: boolean;
  file: string;
};

const failures = (m: Measurement) => m.non2xx + m.errors + m.timeouts + m.warmupNon2xx + m.warmupErrors;

export async function fleetBench(o: { root: string; client: Client; seconds: number }): Promise<FleetBench> {
  const nightSeconds = Number(process.env.BENCH_NIGHT_SECONDS ?? 60);
  console.log("database: creating a fresh migrated and seeded database…");
  const db = await createE2EDatabase();
  if (!db.env.DATABASE_URL) throw new Error("BENCH_ONLY=fleet needs DATABASE_URL (the instances share one PostgreSQL)");
  const databaseUrl = db.env.DATABASE_URL;
  const handle = createPrisma({ databaseUrl });
  await copyFilesToDatabase(handle.prisma, db.env.UPLOADS_DIR!).finally(() => handle.close());
  const fleet = await startTestFleet({ databaseUrl, instances: 2, frontPort: FRONT_PORT, name: "bench-fleet" });
  const notifier = new pg.Client({ connectionString: databaseUrl });
  await notifier.connect();
  try {
    const front = fleet.frontUrl;
    console.log(
      `fleet: Varnish on ${front} before ${fleet.instances.map((i) => i.url).join(", ")} (logs: ${path.dirname(fleet.instances[0]!.log)})`,
    );
    const found = await findElectionPaths(front);
    const targets = [
      { label: "home", path: "/" },
      { label: "listing", path: "/news/press-releases" },
      { label: "post", path: await findPostPath(front) },
      { label: "calendar (current)", path: "/calendar" },
      { label: "elections index", path: "/elections" },
      { label: "election", path: found.election },
      { label: "contest", path: found.contest },
    ];
    for (const p of [STATIC, ...targets.map((t) => t.path)]) {
      const w = await warm(front, p);
      if (w.statuses.some((s) => s !== 200)) throw new Error(`${p}: ${w.statuses.join(", ")} while warming`);
    }
    const at = (p: string, connections: number, seconds = o.seconds) =>
      measure(o.client, { baseUrl: front, label: p, path: p, connections, seconds, warmupSeconds: 2 });
    const line = (m: Measurement) =>
      `${m.reqPerSec.toFixed(0).padStart(7)} req/s  p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms${failures(m) ? `  ✗ ${failures(m)} failed` : ""}`;

    console.log(`\nthrough the front at ${CONNECTIONS} connections (static page interleaved)`);
    const staticRuns: Measurement[] = [await at(STATIC, CONNECTIONS)];
    console.log(`  ${"static".padEnd(20)} ${line(staticRuns[0]!)}`);
    const runs: Measurement[] = [];
    // BENCH_ONLY=fleet-night: the static page once, then election night only (to repeat it quickly).
    for (const t of process.env.BENCH_ONLY === "fleet-night" ? [] : targets) {
      runs.push(await at(t.path, CONNECTIONS));
      console.log(`  ${t.label.padEnd(20)} ${line(runs.at(-1)!)}`);
      staticRuns.push(await at(STATIC, CONNECTIONS));
      console.log(`  ${"static".padEnd(20)} ${line(staticRuns.at(-1)!)}`);
    }
    const staticReqPerSec = staticRuns.reduce((a, m) => a + m.reqPerSec, 0) / staticRuns.length;
    const pages = runs.map((run, i) => ({ label: targets[i]!.label, run, ratio: run.reqPerSec / staticReqPerSec }));

    console.log(
      `\nelection night through the front: ${NIGHT.connections} connections for ${nightSeconds} s on ${found.contest}`,
    );
    const before = await at(STATIC, NIGHT.connections);
    const night = await electionNight(o.client, {
      baseUrl: front,
      path: found.contest,
      contestId: found.contestId,
      databaseUrl,
      connections: NIGHT.connections,
      seconds: nightSeconds,
      warmupSeconds: 2,
      // What revalidatePublic() sends after a staff save: every instance refreshes and purges the front.
      refresh: async () => void (await notifier.query("SELECT pg_notify($1, $2)", [PEER_CHANNEL, "bench-writer"])),
    });
    const after = await at(STATIC, NIGHT.connections);
    const worstLag = Math.max(0, ...night.lagsMs);
    const failed =
      runs.some((m) => failures(m) > 0) ||
      staticRuns.some((m) => failures(m) > 0) ||
      night.run.non2xx + night.run.errors + night.run.timeouts > 0 ||
      night.writeErrors > 0 ||
      night.late > 0;
    const reports = path.join(o.root, "test-results");
    mkdirSync(reports, { recursive: true });
    const file = path.join(reports, "bench-fleet.json");
    const result = { pages, staticReqPerSec, night, nightStatic: [before, after], failed, file };
    writeFileSync(
      file,
      `${JSON.stringify({ at: new Date().toISOString(), ...result, goals: NIGHT, worstLagMs: worstLag }, null, 2)}\n`,
    );
    return result;
  } finally {
    await notifier.end().catch(() => {});
    await fleet.stop();
    await db.drop();
  }
}

export function renderFleetBench(r: FleetBench): string {
  const worstLag = Math.max(0, ...r.night.lagsMs);
  return [
    `fleet (Varnish before 2 instances), through the front; static page mean ${r.staticReqPerSec.toFixed(0)} req/s`,
    ...r.pages.map(
      (p) =>
        `  ${p.label.padEnd(20)} ${p.run.reqPerSec.toFixed(0).padStart(7)} req/s  ratio ${p.ratio.toFixed(2)} ${p.ratio >= 0.5 ? "ok" : "BELOW 0.5"}  p99 ${p.run.p99.toFixed(1)} ms`,
    ),
    renderNight(r.night, r.nightStatic),
    `  goals: p99 ${r.night.run.p99.toFixed(1)} ms ${r.night.run.p99 < NIGHT.p99Ms ? "<" : "NOT <"} ${NIGHT.p99Ms} ms; ` +
      `every change visible within ${NIGHT.visibleMs} ms: ${r.night.late === 0 && worstLag <= NIGHT.visibleMs ? "yes" : "NO"} (worst ${worstLag.toFixed(0)} ms)`,
    `results: ${path.relative(process.cwd(), r.file)}`,
  ].join("\n");
}

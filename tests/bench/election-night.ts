// Election night: counts of one contest change once a second while 256 connections read that
// contest's page. A writer beside the server updates the contest in the database and asks the
// server to revalidate (app/api/internal/revalidate, what revalidatePublic() does after a staff
// save), then watches the page until the new figure shows: the lag must stay under 5 s.
import { performance } from "node:perf_hooks";
import { createPrisma } from "@/lib/db/client";
import { INTERNAL_SECRET_HEADER } from "@/lib/cache/internal-secret";
import { ENCODING, measure, type Client, type Measurement } from "./measure";

export const NIGHT_CONNECTIONS = 256;
const FRESH_WITHIN_MS = 5_000;

export type NightResult = {
  run: Measurement;
  writes: number;
  writeErrors: number;
  /** ms from the write's commit to the first page answer showing it */
  lagsMs: number[];
  /** writes not visible within 5 s */
  late: number;
};

const strip = (html: string) => html.replace(/<!-- -->/g, "");

const COUNTED = /นับแล้ว ([\d,]+) จาก/;

/** Fetches the page until it shows write `n` or a later one (or 5 s pass); returns the lag in ms or null. */
async function watch(url: string, n: number, since: number): Promise<number | null> {
  while (performance.now() - since < FRESH_WITHIN_MS) {
    try {
      const res = await fetch(url, { headers: { "accept-encoding": ENCODING } });
      const shown = COUNTED.exec(strip(await res.text()));
      if (shown && Number(shown[1]!.replace(/,/g, "")) >= n) return performance.now() - since;
    } catch {
      // counted as late if it never shows
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export async function electionNight(
  client: Client,
  opts: {
    baseUrl: string;
    path: string;
    contestId: number;
    databaseUrl: string;
    secret: string;
    seconds: number;
    warmupSeconds: number;
  },
): Promise<NightResult> {
  const db = createPrisma({ databaseUrl: opts.databaseUrl });
  const url = opts.baseUrl + opts.path;
  const result: Omit<NightResult, "run"> = { writes: 0, writeErrors: 0, lagsMs: [], late: 0 };
  const watches: Promise<void>[] = [];
  let stop = false;
  try {
    const contest = await db.prisma.contest.findUniqueOrThrow({
      where: { id: opts.contestId },
      include: { candidates: { orderBy: { votes: "desc" }, take: 1 } },
    });
    const leader = contest.candidates[0];
    await db.prisma.contest.update({
      where: { id: contest.id },
      data: { stations: Math.max(contest.stations, 1000), stationsCounted: 0 },
    });
    const writer = (async () => {
      for (let n = 1; !stop; n++) {
        const tick = performance.now();
        try {
          // What a count entry does: figures, status, the time shown as "อัปเดต HH:MM น.", version.
          await db.prisma.$transaction([
            db.prisma.contest.update({
              where: { id: contest.id },
              data: {
                stationsCounted: n,
                came: { increment: 3 },
                valid: { increment: 3 },
                status: "COUNTING",
                countUpdatedAt: new Date(),
                version: { increment: 1 },
              },
            }),
            ...(leader
              ? [db.prisma.candidate.update({ where: { id: leader.id }, data: { votes: { increment: 3 } } })]
              : []),
          ]);
          const committed = performance.now();
          const res = await fetch(`${opts.baseUrl}/api/internal/revalidate`, {
            method: "POST",
            headers: { [INTERNAL_SECRET_HEADER]: opts.secret },
          });
          if (res.status !== 204) throw new Error(`revalidate answered ${res.status}`);
          result.writes += 1;
          watches.push(
            watch(url, n, committed).then((lag) => {
              if (lag === null) result.late += 1;
              else result.lagsMs.push(lag);
            }),
          );
        } catch (error) {
          result.writeErrors += 1;
          console.error(`  writer: ${error instanceof Error ? error.message : String(error)}`);
        }
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
      }
    })();
    const run = await measure(client, {
      baseUrl: opts.baseUrl,
      label: "election night",
      path: opts.path,
      connections: NIGHT_CONNECTIONS,
      seconds: opts.seconds,
      warmupSeconds: opts.warmupSeconds,
    });
    stop = true;
    await writer;
    await Promise.all(watches);
    return { run, ...result };
  } finally {
    stop = true;
    await db.close();
  }
}

export function renderNight(n: NightResult, staticRuns: Measurement[]): string {
  const staticRps = staticRuns.reduce((a, m) => a + m.reqPerSec, 0) / staticRuns.length;
  const lags = [...n.lagsMs].sort((a, b) => a - b);
  const pct = (p: number) =>
    lags.length ? lags[Math.min(lags.length - 1, Math.floor((p / 100) * lags.length))]!.toFixed(0) : "-";
  const ratio = n.run.reqPerSec / staticRps;
  return [
    `election night: ${NIGHT_CONNECTIONS} connections on ${n.run.path}, counts updated once a second`,
    `  ${n.run.reqPerSec.toFixed(0)} req/s, p50 ${n.run.p50.toFixed(1)} ms, p99 ${n.run.p99.toFixed(1)} ms, ` +
      `non-2xx ${n.run.non2xx}, errors ${n.run.errors}, timeouts ${n.run.timeouts} (warm-up: ${n.run.warmupNon2xx} non-2xx, ${n.run.warmupErrors} errors)`,
    `  static page at ${NIGHT_CONNECTIONS} connections, before and after: ` +
      staticRuns
        .map(
          (m) =>
            `${m.reqPerSec.toFixed(0)} req/s (p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.non2xx + m.errors + m.timeouts} failed)`,
        )
        .join("; "),
    `  ratio to the static page's mean (${staticRps.toFixed(0)} req/s): ${ratio.toFixed(3)} ${ratio >= 0.8 ? "ok" : "BELOW 0.8"}`,
    `  writes: ${n.writes} (${n.writeErrors} failed); new figures visible after p50 ${pct(50)} ms, max ${pct(100)} ms; ${n.late} not visible within 5 s`,
  ].join("\n");
}

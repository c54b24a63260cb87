// Election night: counts of one contest change once a second while 256 connections read that
// contest's page. A writer beside the server updates the contest in the database and asks the
// server to revalidate (app/api/internal/revalidate, what revalidatePublic() does after a staff
// save), then watches the page until the new figure shows: the lag must stay under 5 s. With the
// central site reachable (./national-host.ts), 64 more connections read the national election
// page at the same time, and each write is also watched there (the province's voters who came).
import { performance } from "node:perf_hooks";
import { createPrisma } from "@/lib/db/client";
import { INTERNAL_SECRET_HEADER } from "@/lib/cache/internal-secret";
import { ENCODING, load, measure, type Client, type Measurement } from "./measure";
import { percentile } from "./latency";
import { cameIn } from "./national-host";

export const NIGHT_CONNECTIONS = 256;
const NATIONAL_CONNECTIONS = 64;
const FRESH_WITHIN_MS = 5_000;

export type NightResult = {
  run: Measurement;
  connections: number;
  writes: number;
  writeErrors: number;
  /** ms from the write's commit to the first page answer showing it */
  lagsMs: number[];
  /** writes not visible within 5 s */
  late: number;
  /** The national page, read under load beside the contest page: lags as above, and its load. */
  national?: { path: string; lagsMs: number[]; late: number; requests: number; failures: number };
};

const strip = (html: string) => html.replace(/<!-- -->/g, "");

const COUNTED = /นับแล้ว ([\d,]+) จาก/;

/** Whether the contest page shows write `n` or a later one. */
const showsWrite = (n: number) => (html: string) => {
  const shown = COUNTED.exec(strip(html));
  return !!shown && Number(shown[1]!.replace(/,/g, "")) >= n;
};

/** Fetches the page until `shows` says yes (or 5 s pass); returns the lag in ms or null. */
async function watch(url: string, shows: (html: string) => boolean, since: number): Promise<number | null> {
  while (performance.now() - since < FRESH_WITHIN_MS) {
    try {
      const res = await fetch(url, { headers: { "accept-encoding": ENCODING } });
      if (shows(await res.text())) return performance.now() - since;
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
    /** What a staff save does after its commit to refresh what readers get (default: ask the server at baseUrl). */
    refresh?: () => Promise<void>;
    /** INTERNAL_REVALIDATE_SECRET of the server at baseUrl, for the default refresh. */
    secret?: string;
    connections?: number;
    seconds: number;
    warmupSeconds: number;
    /** The central site's base URL and national page, when reachable. */
    national?: { baseUrl: string; path: string };
  },
): Promise<NightResult> {
  const db = createPrisma({ databaseUrl: opts.databaseUrl });
  const url = opts.baseUrl + opts.path;
  const connections = opts.connections ?? NIGHT_CONNECTIONS;
  const refresh =
    opts.refresh ??
    (async () => {
      const res = await fetch(`${opts.baseUrl}/api/internal/revalidate`, {
        method: "POST",
        headers: { [INTERNAL_SECRET_HEADER]: opts.secret ?? "" },
      });
      if (res.status !== 204) throw new Error(`revalidate answered ${res.status}`);
    });
  const result: Omit<NightResult, "run"> = { connections, writes: 0, writeErrors: 0, lagsMs: [], late: 0 };
  const watches: Promise<void>[] = [];
  let stop = false;
  try {
    const contest = await db.prisma.contest.findUniqueOrThrow({
      where: { id: opts.contestId },
      include: {
        candidates: { orderBy: { votes: "desc" }, take: 1 },
        election: { select: { office: { select: { code: true } } } },
      },
    });
    const nationalUrl = opts.national && opts.national.baseUrl + opts.national.path;
    const province = contest.election.office.code;
    const national = opts.national && {
      path: opts.national.path,
      lagsMs: [] as number[],
      late: 0,
      requests: 0,
      failures: 0,
    };
    // The province's voters before the first write: each write adds 3.
    const cameBefore = nationalUrl ? cameIn(await (await fetch(nationalUrl)).text(), province) : null;
    if (national && cameBefore === null) throw new Error(`no row of ${province} on ${nationalUrl}`);
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
          await refresh();
          result.writes += 1;
          watches.push(
            watch(url, showsWrite(n), committed).then((lag) => {
              if (lag === null) result.late += 1;
              else result.lagsMs.push(lag);
            }),
          );
          if (national && nationalUrl) {
            const came = cameBefore! + 3 * n;
            watches.push(
              watch(nationalUrl, (html) => (cameIn(html, province) ?? 0) >= came, committed).then((lag) => {
                if (lag === null) national.late += 1;
                else national.lagsMs.push(lag);
              }),
            );
          }
        } catch (error) {
          result.writeErrors += 1;
          console.error(`  writer: ${error instanceof Error ? error.message : String(error)}`);
        }
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
      }
    })();
    const [run, nationalLoad] = await Promise.all([
      measure(client, {
        baseUrl: opts.baseUrl,
        label: "election night",
        path: opts.path,
        connections,
        seconds: opts.seconds,
        warmupSeconds: opts.warmupSeconds,
      }),
      opts.national &&
        load(client, {
          baseUrl: opts.national.baseUrl,
          paths: [opts.national.path],
          connections: NATIONAL_CONNECTIONS,
          seconds: opts.seconds + opts.warmupSeconds,
        }),
    ]);
    stop = true;
    await writer;
    await Promise.all(watches);
    if (national && nationalLoad) Object.assign(national, nationalLoad);
    return { run, ...result, ...(national ? { national } : {}) };
  } finally {
    stop = true;
    await db.close();
  }
}

/** Percentiles of lags in whole ms ("-" for none), computed as the latency runs do. */
const lagPercentile = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (p: number) => (sorted.length ? percentile(sorted, p).toFixed(0) : "-");
};

export function renderNight(n: NightResult, staticRuns: Measurement[]): string {
  const staticRps = staticRuns.reduce((a, m) => a + m.reqPerSec, 0) / staticRuns.length;
  const pct = lagPercentile(n.lagsMs);
  const ratio = n.run.reqPerSec / staticRps;
  return [
    `election night: ${n.connections} connections on ${n.run.path}, counts updated once a second`,
    `  ${n.run.reqPerSec.toFixed(0)} req/s, p50 ${n.run.p50.toFixed(1)} ms, p99 ${n.run.p99.toFixed(1)} ms, ` +
      `non-2xx ${n.run.non2xx}, errors ${n.run.errors}, timeouts ${n.run.timeouts} (warm-up: ${n.run.warmupNon2xx} non-2xx, ${n.run.warmupErrors} errors)`,
    `  static page at ${n.connections} connections, before and after: ` +
      staticRuns
        .map(
          (m) =>
            `${m.reqPerSec.toFixed(0)} req/s (p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.non2xx + m.errors + m.timeouts} failed)`,
        )
        .join("; "),
    `  ratio to the static page's mean (${staticRps.toFixed(0)} req/s): ${ratio.toFixed(3)} ${ratio >= 0.8 ? "ok" : "BELOW 0.8"}`,
    `  writes: ${n.writes} (${n.writeErrors} failed); new figures visible after p50 ${pct(50)} ms, max ${pct(100)} ms; ${n.late} not visible within 5 s`,
    ...(n.national ? [renderNational(n.national)] : []),
  ].join("\n");
}

function renderNational(national: NonNullable<NightResult["national"]>): string {
  const pct = lagPercentile(national.lagsMs);
  return (
    `  national page ${national.path} (central site, ${NATIONAL_CONNECTIONS} more connections): ${national.requests} requests, ` +
    `${national.failures} failed; the province's new figures visible after p50 ${pct(50)} ms, max ${pct(100)} ms; ` +
    `${national.late} not visible within 5 s`
  );
}

// Sequential warm-up requests and one load measurement per target: wrk when installed (a C client,
// light enough to leave the two cores to the server), else autocannon (Node; it parses every body
// and becomes the bottleneck on large pages, so its ratios then measure the client).
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export type Tool = "wrk" | "autocannon";

/** wrk's path: /usr/bin/wrk, else the first `wrk` on PATH; undefined when it is not installed. */
export function findWrk(): string | undefined {
  const dirs = ["/usr/bin", ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const file = path.join(dir, "wrk");
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type Warmup = {
  path: string;
  statuses: number[];
  /** x-nextjs-cache of each answer ("-" when absent) */
  nextCache: string[];
  /** x-page-cache of each answer ("-" when absent: the answer came from Next, not the front cache) */
  pageCache: string[];
};

// What the load asks for: `Accept-Encoding: gzip` by default, as every browser does (BENCH_ENCODING=
// identity measures uncompressed answers). The page cache keeps one entry per encoding (br, gzip,
// identity), so the warm-up and the probe send the same header as the load and read its entry.
export const ENCODING = process.env.BENCH_ENCODING?.trim() || "gzip";
const SAME_AS_LOAD = { redirect: "manual", headers: { "accept-encoding": ENCODING } } as const;

/** Headers of one GET: "x-nextjs-cache/x-page-cache", e.g. "HIT/HIT" or "MISS/-". */
function cacheHeaders(res: Response): { next: string; page: string } {
  return { next: res.headers.get("x-nextjs-cache") ?? "-", page: res.headers.get("x-page-cache") ?? "-" };
}

/** A few sequential GETs so ISR has rendered the page and the page cache holds it. */
export async function warm(baseUrl: string, pathname: string, times = 3): Promise<Warmup> {
  const out: Warmup = { path: pathname, statuses: [], nextCache: [], pageCache: [] };
  for (let i = 0; i < times; i++) {
    const res = await fetch(baseUrl + pathname, SAME_AS_LOAD);
    await res.arrayBuffer();
    const h = cacheHeaders(res);
    out.statuses.push(res.status);
    out.nextCache.push(h.next);
    out.pageCache.push(h.page);
    // Let a background regeneration (after a MISS or STALE answer) land before the next request.
    await new Promise((r) => setTimeout(r, 200));
  }
  return out;
}

/** One GET after a run: what a request gets from the caches now, as "x-nextjs-cache/x-page-cache". */
async function probe(url: string): Promise<string> {
  try {
    const res = await fetch(url, SAME_AS_LOAD);
    await res.arrayBuffer();
    const h = cacheHeaders(res);
    return `${res.status === 200 ? "" : `${res.status} `}${h.next}/${h.page}`;
  } catch (error) {
    return `probe failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export type SocketErrors = { connect: number; read: number; write: number; timeout: number };

export type Measurement = {
  label: string;
  path: string;
  tool: Tool;
  /** wrk: requests ÷ run time; autocannon: mean of its per-second counts */
  reqPerSec: number;
  requests: number;
  /** latency percentiles, ms */
  p50: number;
  p99: number;
  /** mean response size, headers included (wrk: bytes read ÷ requests; its byte count has 3 significant digits) */
  bytesPerResponse: number;
  /** MB/s (1 MB = 2^20 bytes) read by the client, headers included */
  transferMBps: number;
  /** wrk: responses with status ≥ 400 ("Non-2xx or 3xx"); autocannon: every status outside 2xx */
  non2xx: number;
  /** socket errors other than timeouts (wrk: connect + read + write) */
  errors: number;
  timeouts: number;
  /** wrk's breakdown; autocannon reports only errors and timeouts (filed under read and timeout) */
  socketErrors: SocketErrors;
  warmupNon2xx: number;
  warmupErrors: number;
  /** "x-nextjs-cache/x-page-cache" of one GET just after the measured run */
  cacheAfter: string;
  /** autocannon only: the same pair for every response of the measured run, with counts */
  cacheDuringRun?: Record<string, number>;
  /** autocannon only */
  statusCodes?: Record<string, number>;
  seconds: number;
};

type RunResult = Omit<Measurement, "label" | "path" | "warmupNon2xx" | "warmupErrors" | "cacheAfter">;

// ---------------------------------------------------------------- wrk

const running = new Set<ChildProcess>();
let currentAutocannon: autocannon.Instance | undefined;

/** Stops running measurements (Ctrl-C). */
export function stopMeasurement(): void {
  currentAutocannon?.stop();
  for (const child of running) child.kill("SIGTERM");
}

const TIME_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const BYTE_UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** "1.23ms" → 1.23 (ms); "850.00us" → 0.85. */
function toMs(value: string, unit: string): number {
  const factor = TIME_UNITS[unit];
  if (factor === undefined) throw new Error(`wrk: unknown time unit "${unit}"`);
  return Number(value) * factor;
}

function toBytes(value: string, unit: string): number {
  const factor = BYTE_UNITS[unit];
  if (factor === undefined) throw new Error(`wrk: unknown size unit "${unit}"`);
  return Number(value) * factor;
}

/** Parses wrk's report (run with --latency). Exported for a quick check by hand. */
export function parseWrk(text: string): Omit<RunResult, "tool"> {
  const must = (re: RegExp, what: string): RegExpExecArray => {
    const m = re.exec(text);
    if (!m) throw new Error(`wrk: no ${what} in its output:\n${text}`);
    return m;
  };
  const rate = must(/^Requests\/sec:\s+([\d.]+)/m, "Requests/sec");
  const transfer = must(/^Transfer\/sec:\s+([\d.]+)([KMGT]?B)/m, "Transfer/sec");
  const p50 = must(/^\s+50%\s+([\d.]+)(us|ms|s|m|h)\s*$/m, "50% latency (was --latency given?)");
  const p99 = must(/^\s+99%\s+([\d.]+)(us|ms|s|m|h)\s*$/m, "99% latency");
  const total = must(/^\s+(\d+) requests in ([\d.]+)(us|ms|s|m|h), ([\d.]+)([KMGT]?B) read/m, "request count");
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  const requests = Number(total[1]);
  const socketErrors: SocketErrors = {
    connect: Number(sockets?.[1] ?? 0),
    read: Number(sockets?.[2] ?? 0),
    write: Number(sockets?.[3] ?? 0),
    timeout: Number(sockets?.[4] ?? 0),
  };
  return {
    reqPerSec: Number(rate[1]),
    requests,
    p50: toMs(p50[1]!, p50[2]!),
    p99: toMs(p99[1]!, p99[2]!),
    bytesPerResponse: requests > 0 ? toBytes(total[4]!, total[5]!) / requests : 0,
    transferMBps: toBytes(transfer[1]!, transfer[2]!) / 1024 ** 2,
    non2xx: Number(non2xx?.[1] ?? 0),
    errors: socketErrors.connect + socketErrors.read + socketErrors.write,
    timeouts: socketErrors.timeout,
    socketErrors,
    seconds: toMs(total[2]!, total[3]!) / 1000,
  };
}

/** wrk takes whole seconds. */
export const wrkSeconds = (seconds: number) => Math.max(1, Math.ceil(seconds));

export function wrkArgs(url: string, connections: number, seconds: number, threads = 2): string[] {
  // --timeout 10s: as autocannon's timeout before (wrk's default is 2 s).
  return [
    `-t${threads}`,
    `-c${connections}`,
    `-d${wrkSeconds(seconds)}s`,
    "--latency",
    "--timeout",
    "10s",
    "-H",
    `Accept-Encoding: ${ENCODING}`,
    url,
  ];
}

function wrk(bin: string, url: string, connections: number, seconds: number, threads = 2): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, wrkArgs(url, connections, seconds, threads), { stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    let out = "";
    let err = "";
    child.stdout!.setEncoding("utf8").on("data", (s: string) => (out += s));
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (err += s));
    child.once("error", (error) => {
      running.delete(child);
      reject(error);
    });
    child.once("close", (code, signal) => {
      running.delete(child);
      if (code !== 0)
        return reject(new Error(`wrk ${url} failed (${signal ?? `exit ${code}`}): ${(err || out).trim()}`));
      try {
        resolve({ tool: "wrk", ...parseWrk(out) });
      } catch (error) {
        reject(error);
      }
    });
  });
}

// ---------------------------------------------------------------- autocannon (fallback)

function autocannonRun(
  url: string | string[],
  connections: number,
  seconds: number,
  cache?: Record<string, number>,
): autocannon.Instance {
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": ENCODING },
    setupClient(client) {
      if (!cache) return;
      client.on("headers", (info) => {
        let next = "-";
        let page = "-";
        for (let i = 0; i + 1 < info.headers.length; i += 2) {
          const name = info.headers[i]!.toLowerCase();
          if (name === "x-nextjs-cache") next = info.headers[i + 1]!;
          if (name === "x-page-cache") page = info.headers[i + 1]!;
        }
        const key = `${next}/${page}`;
        cache[key] = (cache[key] ?? 0) + 1;
      });
    },
  });
}

async function tracked(instance: autocannon.Instance): Promise<autocannon.Result> {
  currentAutocannon = instance;
  try {
    return await instance;
  } finally {
    currentAutocannon = undefined;
  }
}

async function autocannonMeasure(
  url: string | string[],
  connections: number,
  seconds: number,
  withCache: boolean,
): Promise<RunResult> {
  const cache: Record<string, number> = {};
  const r = await tracked(autocannonRun(url, connections, seconds, withCache ? cache : undefined));
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) statusCodes[code] = Number(count);
  return {
    tool: "autocannon",
    reqPerSec: r.requests.average,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytesPerResponse: r.requests.total > 0 ? r.throughput.total / r.requests.total : 0,
    transferMBps: r.throughput.average / 1024 ** 2,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    socketErrors: { connect: 0, read: r.errors, write: 0, timeout: r.timeouts },
    ...(withCache ? { cacheDuringRun: cache } : {}),
    statusCodes,
    seconds: r.duration,
  };
}

// ---------------------------------------------------------------- both

export type Client = { tool: Tool; wrkPath?: string };

function once(
  client: Client,
  url: string,
  connections: number,
  seconds: number,
  withCache: boolean,
): Promise<RunResult> {
  return client.tool === "wrk"
    ? wrk(client.wrkPath!, url, connections, seconds)
    : autocannonMeasure(url, connections, seconds, withCache);
}

/** Full load spread over several pages (wrk: one process per page, sharing the connections); only its failures count. */
export async function load(
  client: Client,
  opts: { baseUrl: string; paths: string[]; connections: number; seconds: number },
): Promise<{ requests: number; failures: number }> {
  const urls = opts.paths.map((p) => opts.baseUrl + p);
  if (client.tool === "autocannon") {
    const r = await tracked(autocannonRun(urls, opts.connections, opts.seconds));
    return { requests: r.requests.total, failures: r.non2xx + r.errors + r.timeouts };
  }
  const perPage = Math.max(1, Math.ceil(opts.connections / urls.length));
  const results = await Promise.all(urls.map((u) => wrk(client.wrkPath!, u, perPage, opts.seconds, 1)));
  return {
    requests: results.reduce((a, r) => a + r.requests, 0),
    failures: results.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0),
  };
}

/** A warm-up run at full load (discarded except for its failures), the measured run, then one probe GET. */
export async function measure(
  client: Client,
  opts: { baseUrl: string; label: string; path: string; connections: number; seconds: number; warmupSeconds: number },
): Promise<Measurement> {
  const url = opts.baseUrl + opts.path;
  const warmup =
    opts.warmupSeconds > 0 ? await once(client, url, opts.connections, opts.warmupSeconds, false) : undefined;
  const result = await once(client, url, opts.connections, opts.seconds, true);
  return {
    label: opts.label,
    path: opts.path,
    ...result,
    warmupNon2xx: warmup?.non2xx ?? 0,
    warmupErrors: (warmup?.errors ?? 0) + (warmup?.timeouts ?? 0),
    cacheAfter: await probe(url),
  };
}

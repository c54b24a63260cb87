// Sequential warm-up requests and one autocannon measurement per target.
import autocannon from "autocannon";

export type Warmup = { path: string; statuses: number[]; cache: string[] };

/** A few sequential GETs so ISR has rendered and cached the page; records status and x-nextjs-cache. */
export async function warm(baseUrl: string, pathname: string, times = 3): Promise<Warmup> {
  const out: Warmup = { path: pathname, statuses: [], cache: [] };
  for (let i = 0; i < times; i++) {
    const res = await fetch(baseUrl + pathname, { redirect: "manual" });
    await res.arrayBuffer();
    out.statuses.push(res.status);
    out.cache.push(res.headers.get("x-nextjs-cache") ?? "-");
    // Let a background regeneration (after a MISS or STALE answer) land before the next request.
    await new Promise((r) => setTimeout(r, 200));
  }
  return out;
}

export type Measurement = {
  label: string;
  path: string;
  reqPerSec: number;
  requests: number;
  p50: number;
  p99: number;
  /** mean response size, headers included */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  warmupNon2xx: number;
  warmupErrors: number;
  /** x-nextjs-cache values seen during the measured run (not the warm-up), with counts. */
  cache: Record<string, number>;
  statusCodes: Record<string, number>;
  seconds: number;
};

let current: autocannon.Instance | undefined;

/** Stops a running measurement (Ctrl-C). */
export function stopMeasurement(): void {
  current?.stop();
}

function run(url: string | string[], connections: number, seconds: number, cache?: Record<string, number>): autocannon.Instance {
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    setupClient(client) {
      if (!cache) return;
      client.on("headers", (info) => {
        let value = "-";
        for (let i = 0; i + 1 < info.headers.length; i += 2) {
          if (info.headers[i]!.toLowerCase() === "x-nextjs-cache") value = info.headers[i + 1]!;
        }
        cache[value] = (cache[value] ?? 0) + 1;
      });
    },
  });
}

async function tracked(instance: autocannon.Instance): Promise<autocannon.Result> {
  current = instance;
  try {
    return await instance;
  } finally {
    current = undefined;
  }
}

/** Full load spread over several pages; only its failures count. */
export async function load(opts: { baseUrl: string; paths: string[]; connections: number; seconds: number }): Promise<{ requests: number; failures: number }> {
  const r = await tracked(run(opts.paths.map((p) => opts.baseUrl + p), opts.connections, opts.seconds));
  return { requests: r.requests.total, failures: r.non2xx + r.errors + r.timeouts };
}

/** A warm-up run at full load (discarded except for its errors), then the measured run. */
export async function measure(opts: {
  baseUrl: string;
  label: string;
  path: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}): Promise<Measurement> {
  const url = opts.baseUrl + opts.path;
  const warmup = opts.warmupSeconds > 0 ? await tracked(run(url, opts.connections, opts.warmupSeconds)) : undefined;
  const cache: Record<string, number> = {};
  const result = await tracked(run(url, opts.connections, opts.seconds, cache));
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = Number(count);
  return {
    label: opts.label,
    path: opts.path,
    reqPerSec: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    warmupNon2xx: warmup?.non2xx ?? 0,
    warmupErrors: warmup?.errors ?? 0,
    cache,
    statusCodes,
    seconds: result.duration,
  };
}

// A closed-loop client for latency percentiles (wrk prints no p95): `connections` loops, each
// sending its next GET as soon as the previous answer's body has arrived, cycling through a list
// of addresses. Every request's time is kept, so p50/p95/p99 are exact for the run.

export type LatencyRun = {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** answers other than 200, and network errors */
  failures: number;
  /** a few of the failures, for the log */
  failureSamples: string[];
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function latencyRun(opts: {
  label: string;
  baseUrl: string;
  paths: string[];
  connections: number;
  seconds: number;
  /** set by the caller to stop early (Ctrl-C) */
  signal?: AbortSignal;
}): Promise<LatencyRun> {
  const times: number[] = [];
  const failureSamples: string[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const until = started + opts.seconds * 1000;
  const loop = async () => {
    while (performance.now() < until && !opts.signal?.aborted) {
      const path = opts.paths[next++ % opts.paths.length]!;
      const t0 = performance.now();
      try {
        // No signal here: undici keeps a listener per request on it; runs end within their seconds.
        const res = await fetch(opts.baseUrl + path, { redirect: "manual", headers: { "accept-encoding": "gzip" } });
        await res.arrayBuffer();
        if (res.status !== 200) {
          failures += 1;
          if (failureSamples.length < 5) failureSamples.push(`${res.status} ${path}`);
        }
      } catch (error) {
        if (opts.signal?.aborted) break;
        failures += 1;
        if (failureSamples.length < 5)
          failureSamples.push(`${error instanceof Error ? error.message : String(error)} ${path}`);
      }
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return {
    label: opts.label,
    connections: opts.connections,
    seconds: elapsed,
    requests: times.length,
    reqPerSec: times.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    failures,
    failureSamples,
  };
}

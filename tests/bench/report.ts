// The printed table and the JSON written to test-results/bench.json.
import type { Measurement, Warmup } from "./measure";

export const TARGET_RATIO = 0.8;

export type Reference = {
  runs: Measurement[];
  reqPerSec: number;
  min: number;
  max: number;
};

export type TargetResult = Measurement & {
  warm: Warmup;
  /** req/s ÷ mean req/s of all static runs */
  ratio: number;
  /** req/s ÷ mean req/s of the static runs just before and after this one (noise check) */
  adjacentRatio: number;
  verdict: "ok" | "BELOW 0.8";
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function reference(runs: Measurement[]): Reference {
  const rates = runs.map((r) => r.reqPerSec);
  return { runs, reqPerSec: mean(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

export function judge(
  m: Measurement,
  warm: Warmup,
  ref: Reference,
  before: Measurement,
  after: Measurement,
): TargetResult {
  const ratio = m.reqPerSec / ref.reqPerSec;
  return {
    ...m,
    warm,
    ratio,
    adjacentRatio: m.reqPerSec / mean([before.reqPerSec, after.reqPerSec]),
    verdict: ratio >= TARGET_RATIO ? "ok" : "BELOW 0.8",
  };
}

/** "HIT/HIT" when every response was alike, else every value with its count. */
export function cacheSummary(cache: Record<string, number>): string {
  const entries = Object.entries(cache).sort((a, b) => b[1] - a[1]);
  if (entries.length === 1) return entries[0]![0];
  return entries.map(([k, n]) => `${k} ${n}`).join(", ") || "-";
}

function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join("\n");
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

export function render(ref: Reference, targets: TargetResult[]): string {
  const header = [
    "target",
    "path",
    "KB",
    "req/s",
    "MB/s",
    "p50 ms",
    "p99 ms",
    "non-2xx",
    "err/t.o.",
    "ratio",
    "adj.",
    "cache after run",
  ];
  const staticRuns = ref.runs;
  const sum = (f: (m: Measurement) => number) => staticRuns.reduce((a, r) => a + f(r), 0);
  const afterStatic = [...new Set(staticRuns.map((r) => r.cacheAfter))].join(", ");
  const refRow = [
    `static (mean of ${staticRuns.length})`,
    staticRuns[0]!.path,
    fmt(mean(staticRuns.map((r) => r.bytesPerResponse)) / 1024, 1),
    fmt(ref.reqPerSec),
    fmt(mean(staticRuns.map((r) => r.transferMBps)), 1),
    fmt(Math.max(...staticRuns.map((r) => r.p50)), 1),
    fmt(Math.max(...staticRuns.map((r) => r.p99)), 1),
    String(sum((r) => r.non2xx)),
    `${sum((r) => r.errors)}/${sum((r) => r.timeouts)}`,
    "1.000",
    "",
    afterStatic,
  ];
  const rows = targets.map((t) => [
    t.label,
    t.path,
    fmt(t.bytesPerResponse / 1024, 1),
    fmt(t.reqPerSec),
    fmt(t.transferMBps, 1),
    fmt(t.p50, 1),
    fmt(t.p99, 1),
    String(t.non2xx),
    `${t.errors}/${t.timeouts}`,
    fmt(t.ratio, 3),
    fmt(t.adjacentRatio, 3),
    t.cacheAfter,
  ]);
  const out = [table([header, refRow, ...rows], new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]))];
  const tool = staticRuns[0]!.tool;
  out.push(
    "",
    `static runs, in order: ${staticRuns.map((r) => fmt(r.reqPerSec)).join(", ")} req/s ` +
      `(spread ${fmt(((ref.max - ref.min) / ref.reqPerSec) * 100)}% of the mean)`,
    `client: ${tool}. KB: mean response size, headers included; MB/s: bytes read per second (1 MB = 2^20 B).`,
    "Static row: KB and MB/s are means, p50/p99 the worst of its runs. ratio = req/s ÷ mean static req/s;",
    "adj. = req/s ÷ mean of the two static runs just before and after (a check on drift and noise).",
    `non-2xx: ${tool === "wrk" ? 'status ≥ 400 (wrk\'s "Non-2xx or 3xx")' : "status outside 2xx"}; err/t.o.: socket errors / timeouts (10 s).`,
    'cache after run: x-nextjs-cache/x-page-cache of one GET right after the run ("-": header absent).',
    "",
  );
  // The page cache keeps an entry at most 60 s; when it lapses mid-run, Next answers (STALE, not
  // stored) until its background re-render lands, and that run measured Next rather than the cache.
  for (const m of [...staticRuns, ...targets]) {
    if (!m.cacheAfter.endsWith("/HIT")) {
      out.push(
        `note: ${m.path} answered ${m.cacheAfter} right after its run: its page-cache entry lapsed during or just after the run, so part of the run went to Next itself.`,
      );
    }
  }
  if (out.at(-1) !== "") out.push("");
  const labelWidth = Math.max(...targets.map((t) => t.label.length));
  for (const t of targets) out.push(`verdict  ${t.label.padEnd(labelWidth)}  ${t.verdict} (ratio ${fmt(t.ratio, 3)})`);
  return out.join("\n");
}

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

export function judge(m: Measurement, warm: Warmup, ref: Reference, before: Measurement, after: Measurement): TargetResult {
  const ratio = m.reqPerSec / ref.reqPerSec;
  return {
    ...m,
    warm,
    ratio,
    adjacentRatio: m.reqPerSec / mean([before.reqPerSec, after.reqPerSec]),
    verdict: ratio >= TARGET_RATIO ? "ok" : "BELOW 0.8",
  };
}

/** "HIT" when every response was a HIT, else every value with its count. */
export function cacheSummary(cache: Record<string, number>): string {
  const entries = Object.entries(cache).sort((a, b) => b[1] - a[1]);
  if (entries.length === 1) return entries[0]![0];
  return entries.map(([k, n]) => `${k} ${n}`).join(", ") || "-";
}

function sumCounts(list: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of list) for (const [k, n] of Object.entries(counts)) out[k] = (out[k] ?? 0) + n;
  return out;
}

function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join("\n");
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

export function render(ref: Reference, targets: TargetResult[]): string {
  const header = ["target", "path", "KB", "req/s", "p50 ms", "p99 ms", "non-2xx", "err/t.o.", "ratio", "adj.", "cache during run"];
  const staticRuns = ref.runs;
  const refRow = [
    `static (mean of ${staticRuns.length})`,
    staticRuns[0]!.path,
    fmt(staticRuns[0]!.bytesPerResponse / 1024, 1),
    fmt(ref.reqPerSec),
    fmt(Math.max(...staticRuns.map((r) => r.p50))),
    fmt(Math.max(...staticRuns.map((r) => r.p99))),
    String(staticRuns.reduce((a, r) => a + r.non2xx, 0)),
    `${staticRuns.reduce((a, r) => a + r.errors, 0)}/${staticRuns.reduce((a, r) => a + r.timeouts, 0)}`,
    "1.000",
    "",
    cacheSummary(sumCounts(staticRuns.map((r) => r.cache))),
  ];
  const rows = targets.map((t) => [
    t.label,
    t.path,
    fmt(t.bytesPerResponse / 1024, 1),
    fmt(t.reqPerSec),
    fmt(t.p50),
    fmt(t.p99),
    String(t.non2xx),
    `${t.errors}/${t.timeouts}`,
    fmt(t.ratio, 3),
    fmt(t.adjacentRatio, 3),
    cacheSummary(t.cache),
  ]);
  const out = [table([header, refRow, ...rows], new Set([2, 3, 4, 5, 6, 7, 8, 9]))];
  out.push(
    "",
    `static runs, in order: ${staticRuns.map((r) => fmt(r.reqPerSec)).join(", ")} req/s ` +
      `(spread ${fmt(((ref.max - ref.min) / ref.reqPerSec) * 100)}% of the mean)`,
    "KB: mean response size. Static row p50/p99: the worst of its runs. ratio = req/s ÷ mean static req/s;",
    "adj. = req/s ÷ mean of the two static runs just before and after (a check on drift and noise).",
    "",
  );
  const labelWidth = Math.max(...targets.map((t) => t.label.length));
  for (const t of targets) out.push(`verdict  ${t.label.padEnd(labelWidth)}  ${t.verdict} (ratio ${fmt(t.ratio, 3)})`);
  return out.join("\n");
}

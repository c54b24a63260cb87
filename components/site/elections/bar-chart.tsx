// A horizontal bar chart drawn on the server as SVG: readable with JavaScript off, no library.
// Bars are sized in % of the chart's own width (no viewBox), so the text keeps its size on a
// phone instead of shrinking with the drawing. The figures are also in a table beside the chart
// (screen readers get the table; the SVG is one labelled image).

export type BarRow = { key: string | number; label: string; value: number; valueText: string; highlight?: boolean };

const ROW = 50;
// Two decimals of a percent are finer than a pixel on any screen; more only adds bytes.
const pc = (n: number) => `${Math.round(n * 100) / 100}%`;
const BAR_MAX = 60; // % of the width; the rest is for the figure after the bar

export function BarChart({ label, rows }: { label: string; rows: BarRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <svg
      role="img"
      aria-label={label}
      width="100%"
      height={rows.length * ROW}
      className="block overflow-visible text-[15px]"
    >
      {rows.map((r, i) => {
        const pct = (r.value / max) * BAR_MAX;
        const y = i * ROW;
        return (
          <g key={r.key}>
            <text x="0" y={y + 17} className="fill-slate-900">
              {r.label}
            </text>
            <rect
              x="0"
              y={y + 24}
              width={pc(pct)}
              height="16"
              rx="2"
              className={r.highlight ? "fill-brand-700" : "fill-slate-400"}
            />
            <text x={pc(pct + 1)} y={y + 37} className="fill-slate-800 font-bold">
              {r.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type Segment = { key: string; label: string; value: number; color: string };

/** One bar split into parts of a whole (ballots, turnout); the colours match the table's swatches. */
export function StackedBar({ label, segments }: { label: string; segments: Segment[] }) {
  const total = segments.reduce((a, s) => a + s.value, 0);
  let x = 0;
  return (
    <svg role="img" aria-label={label} width="100%" height="32" className="block">
      <rect x="0" y="0" width="100%" height="32" rx="3" className="fill-slate-100" />
      {total > 0 &&
        segments.map((s) => {
          const w = (s.value / total) * 100;
          const rect = <rect key={s.key} x={pc(x)} y="0" width={pc(w)} height="32" className={s.color} />;
          x += w;
          return rect;
        })}
    </svg>
  );
}

export function Swatch({ color }: { color: string }) {
  return (
    <svg aria-hidden="true" width="12" height="12" className="mr-1 inline-block align-baseline">
      <rect width="12" height="12" rx="2" className={color} />
    </svg>
  );
}

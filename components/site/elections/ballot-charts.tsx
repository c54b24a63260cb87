import { formatCount, formatPercent } from "@/lib/elections/format";
import { percentOf } from "@/lib/elections/summary";
import { StackedBar, type Segment } from "./bar-chart";
import { FiguresTable } from "./figures-table";

type Counts = { registered: number; came: number; valid: number; invalid: number; noVote: number };

function Figure({
  id,
  title,
  segments,
  rows,
}: {
  id: string;
  title: string;
  segments: Segment[];
  rows: Parameters<typeof FiguresTable>[0]["rows"];
}) {
  const label = `${title}: ${rows.map((r) => `${r.label} ${r.value}${r.share ? ` (${r.share})` : ""}`).join(", ")}`;
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <figcaption id={`${id}-title`} className="mb-2 font-bold text-brand-900">
        {title}
      </figcaption>
      <StackedBar label={label} segments={segments} />
      <FiguresTable caption={title} rows={rows} />
    </figure>
  );
}

/** Voters who came out of those registered. */
export function TurnoutChart({ id, counts }: { id: string; counts: Counts }) {
  const stayed = Math.max(0, counts.registered - counts.came);
  return (
    <Figure
      id={id}
      title="ผู้มาใช้สิทธิเลือกตั้ง"
      segments={[
        { key: "came", label: "มาใช้สิทธิ", value: counts.came, color: "fill-brand-700" },
        { key: "stayed", label: "ไม่มาใช้สิทธิ", value: stayed, color: "fill-slate-300" },
      ]}
      rows={[
        { key: "registered", label: "ผู้มีสิทธิเลือกตั้ง", value: formatCount(counts.registered) },
        {
          key: "came",
          label: "ผู้มาใช้สิทธิ",
          value: formatCount(counts.came),
          share: formatPercent(percentOf(counts.came, counts.registered)),
          color: "fill-brand-700",
        },
        {
          key: "stayed",
          label: "ไม่มาใช้สิทธิ",
          value: formatCount(stayed),
          share: formatPercent(percentOf(stayed, counts.registered)),
          color: "fill-slate-300",
        },
      ]}
    />
  );
}

/** Valid, invalid and no-vote ballots, as shares of the ballots cast. */
export function BallotChart({ id, counts }: { id: string; counts: Counts }) {
  const cast = counts.valid + counts.invalid + counts.noVote;
  const parts = [
    { key: "valid", label: "บัตรดี", value: counts.valid, color: "fill-emerald-700" },
    { key: "invalid", label: "บัตรเสีย", value: counts.invalid, color: "fill-red-600" },
    { key: "noVote", label: "บัตรไม่ประสงค์ลงคะแนน", value: counts.noVote, color: "fill-amber-500" },
  ];
  return (
    <Figure
      id={id}
      title="บัตรเลือกตั้ง"
      segments={parts}
      rows={[
        ...parts.map((p) => ({
          key: p.key,
          label: p.label,
          value: formatCount(p.value),
          share: formatPercent(percentOf(p.value, cast)),
          color: p.color,
        })),
        { key: "cast", label: "รวมบัตรที่ใช้", value: formatCount(cast), share: formatPercent(cast > 0 ? 100 : null) },
      ]}
    />
  );
}

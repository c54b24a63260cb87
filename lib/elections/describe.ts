import { formatThaiDate } from "@/lib/thai-date";
import { formatCount, formatPercent } from "./format";
import { CONTEST_STATUS_LABELS } from "./labels";
import { contestOutcome, groupByPosition, overallStatus, partyTally, totals } from "./summary";
import type { ContestView, ElectionView } from "./view";

// Link-preview descriptions (meta description, Open Graph) carrying the key figures.

const party = (p: string) => p || "ไม่สังกัดพรรค";

export function describeElection(e: ElectionView): string {
  const parts = [`${e.title} วันที่ ${formatThaiDate(e.pollingDay, "long")}`];
  const first = groupByPosition(e.contests)[0];
  if (first) {
    const t = totals(first.contests);
    parts.push(`ผู้มาใช้สิทธิ ${formatCount(t.came)} คน (${formatPercent(t.turnout)})`);
    const seats = partyTally(first.contests).filter((p) => p.won + p.leading > 0);
    if (seats.length > 0) parts.push(seats.map((p) => `${party(p.party)} ${p.won + p.leading} เขต`).join(", "));
    parts.push(CONTEST_STATUS_LABELS[overallStatus(e.contests)]);
  }
  return parts.join(" · ");
}

export function describeContest(e: ElectionView, c: ContestView): string {
  const parts = [`${c.position} ${c.area} ${e.title}`];
  const o = contestOutcome(c);
  if (o.state === "won" || o.state === "leading") {
    const k = o.candidate;
    parts.push(
      `${o.state === "won" ? "ผู้ชนะ" : "คะแนนนำ"} หมายเลข ${k.number} ${k.name} (${party(k.party)}) ${formatCount(k.votes)} คะแนน (${formatPercent(k.share)})`,
    );
  }
  if (o.state === "tied") parts.push("คะแนนสูงสุดเท่ากัน");
  parts.push(`ผู้มาใช้สิทธิ ${formatPercent(totals([c]).turnout)}`, CONTEST_STATUS_LABELS[c.status]);
  return parts.join(" · ");
}

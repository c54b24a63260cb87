import type { ContestStatus } from "@/lib/generated/prisma/enums";
import { fmt, FIGURE_FIELDS, type ContestFigures } from "./validate";

// What the audit log records of a contest or an election: flat fields the audit page can label,
// one "candidate.<number>" field per candidate so that a change shows which candidate moved.

type ContestLike = ContestFigures & {
  position: string;
  area: string;
  status: ContestStatus;
  candidates: { number: number; name: string; party: string; isSample: boolean; votes: number }[];
};

export type ContestSnapshot = Record<string, string | number>;

export function contestSnapshot(c: ContestLike): ContestSnapshot {
  const out: ContestSnapshot = { position: c.position, area: c.area };
  for (const f of FIGURE_FIELDS) out[f] = c[f];
  out.status = c.status;
  for (const x of [...c.candidates].sort((a, b) => a.number - b.number)) {
    const party = x.party ? ` (${x.party})` : "";
    const sample = x.isSample ? " [ชื่อตัวอย่าง]" : "";
    out[`candidate.${x.number}`] = `${x.name}${party}${sample}: ${fmt(x.votes)} คะแนน`;
  }
  return out;
}

import type { ContestStatus } from "@/lib/generated/prisma/enums";
import { contestKey, type ImportedContest } from "./import-file";
import { CONTEST_STATUS_LABELS } from "./labels";
import { FIGURE_FIELDS, FIGURE_LABELS, fmt, type ContestFigures } from "./validate";

// What an import would do to an election's contests: per contest, each figure and candidate
// before → after. Pure; the same function serves the preview screen and the apply step (which
// compares the contests' versions with the ones the preview saw).

export type StoredCandidate = { number: number; name: string; party: string; isSample: boolean; votes: number };
export type StoredContest = {
  id: number;
  version: number;
  position: string;
  area: string;
  figures: ContestFigures;
  status: ContestStatus;
  candidates: StoredCandidate[];
};

export type FieldChange = { label: string; before: string; after: string };
export type PlannedContest = {
  position: string;
  area: string;
  /** create: not in the election yet; update: figures change; same: nothing changes. */
  kind: "create" | "update" | "same";
  contestId: number | null;
  version: number | null;
  changes: FieldChange[];
  candidates: StoredCandidate[];
  status: ContestStatus;
  figures: ContestFigures;
};
export type ImportPlan = {
  contests: PlannedContest[];
  /** Contests of the election that the file does not mention: left as they are. */
  untouched: { position: string; area: string }[];
};

/** What the contests of one import would become, with isSample resolved against stored rows. */
export function planImport(file: ImportedContest[], stored: StoredContest[]): ImportPlan {
  const byKey = new Map(stored.map((c) => [contestKey(c.position, c.area), c]));
  const mentioned = new Set(file.map((c) => contestKey(c.position, c.area)));
  const contests = file.map((c): PlannedContest => {
    const before = byKey.get(contestKey(c.position, c.area));
    const candidates = c.candidates
      .map(({ number, name, party, isSample, votes }) => {
        const old = before?.candidates.find((x) => x.number === number);
        return { number, name, party, votes, isSample: isSample ?? (old?.name === name ? old.isSample : false) };
      })
      .sort((a, b) => a.number - b.number);
    const changes = diffContest(before, { figures: c.figures, status: c.status, candidates });
    return {
      position: c.position,
      area: c.area,
      kind: !before ? "create" : changes.length ? "update" : "same",
      contestId: before?.id ?? null,
      version: before?.version ?? null,
      changes,
      candidates,
      status: c.status,
      figures: c.figures,
    };
  });
  const untouched = stored
    .filter((c) => !mentioned.has(contestKey(c.position, c.area)))
    .map(({ position, area }) => ({ position, area }));
  return { contests, untouched };
}

type Counted = { figures: ContestFigures; status: ContestStatus; candidates: StoredCandidate[] };

/** Each field and candidate that differs, as Thai labels and formatted values. */
export function diffContest(before: Counted | undefined, after: Counted): FieldChange[] {
  const out: FieldChange[] = [];
  const none = "—";
  for (const f of FIGURE_FIELDS) {
    if (before?.figures[f] !== after.figures[f]) {
      out.push({
        label: FIGURE_LABELS[f],
        before: before ? fmt(before.figures[f]) : none,
        after: fmt(after.figures[f]),
      });
    }
  }
  if (before?.status !== after.status) {
    out.push({
      label: "สถานะ",
      before: before ? CONTEST_STATUS_LABELS[before.status] : none,
      after: CONTEST_STATUS_LABELS[after.status],
    });
  }
  const numbers = [...new Set([...(before?.candidates ?? []), ...after.candidates].map((c) => c.number))].sort(
    (a, b) => a - b,
  );
  for (const n of numbers) {
    const was = before?.candidates.find((c) => c.number === n);
    const now = after.candidates.find((c) => c.number === n);
    const label = `หมายเลข ${n}`;
    if (!now) out.push({ label, before: describe(was!), after: "ลบออก" });
    else if (!was) out.push({ label, before: none, after: describe(now) });
    else if (describe(was) !== describe(now)) out.push({ label, before: describe(was), after: describe(now) });
  }
  return out;
}

function describe(c: StoredCandidate): string {
  const who = [c.name, c.party && `(${c.party})`, c.isSample && "[ชื่อตัวอย่าง]"].filter(Boolean).join(" ");
  return `${who}: ${fmt(c.votes)} คะแนน`;
}

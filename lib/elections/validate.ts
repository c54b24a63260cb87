// The arithmetic rules of one contest's figures, shared by the entry form, the CSV import and the
// server actions. Pure: no database, no I/O. Each failed rule comes back with a Thai message that
// names the rule and the numbers, so staff see exactly what does not add up.

export type ContestFigures = {
  registered: number;
  stations: number;
  stationsCounted: number;
  came: number;
  valid: number;
  invalid: number;
  noVote: number;
};

export const FIGURE_FIELDS = [
  "registered",
  "stations",
  "stationsCounted",
  "came",
  "valid",
  "invalid",
  "noVote",
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const FIGURE_LABELS: Record<FigureField, string> = {
  registered: "ผู้มีสิทธิเลือกตั้ง",
  stations: "หน่วยเลือกตั้งทั้งหมด",
  stationsCounted: "หน่วยที่นับแล้ว",
  came: "ผู้มาใช้สิทธิ",
  valid: "บัตรดี",
  invalid: "บัตรเสีย",
  noVote: "ไม่ประสงค์ลงคะแนน",
};

export type RuleCode =
  | "nonNegative"
  | "ballotsEqualCame"
  | "cameWithinRegistered"
  | "votesEqualValid"
  | "stationsCountedWithinStations"
  | "candidateNumbers";

export type RuleFailure = {
  rule: RuleCode;
  message: string;
  /** The form fields to mark, the one to explain it under first (candidate votes: "votes.<n>"). */
  fields: string[];
};

export type CandidateVotes = { number: number; votes: number; name?: string };

/** Numbers as Thai staff write them on forms: Arabic digits with thousands commas. */
export const fmt = (n: number): string => n.toLocaleString("en-US");

/** Every rule the figures break (an empty list when they are consistent). */
export function checkContest(f: ContestFigures, candidates: CandidateVotes[]): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const field of FIGURE_FIELDS) {
    const v = f[field];
    if (!Number.isSafeInteger(v) || v < 0) {
      failures.push({
        rule: "nonNegative",
        fields: [field],
        message: `${FIGURE_LABELS[field]} ต้องเป็นจำนวนเต็มที่ไม่ติดลบ (ได้ ${v})`,
      });
    }
  }
  for (const c of candidates) {
    if (!Number.isSafeInteger(c.votes) || c.votes < 0) {
      failures.push({
        rule: "nonNegative",
        fields: [`votes.${c.number}`],
        message: `คะแนนของผู้สมัครหมายเลข ${c.number} ต้องเป็นจำนวนเต็มที่ไม่ติดลบ (ได้ ${c.votes})`,
      });
    }
  }
  const numbers = candidates.map((c) => c.number);
  const repeated = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  if (repeated.length || numbers.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    failures.push({
      rule: "candidateNumbers",
      fields: repeated.map((n) => `votes.${n}`),
      message: repeated.length
        ? `หมายเลขผู้สมัครซ้ำกัน (${[...new Set(repeated)].join(", ")}): ผู้สมัครแต่ละคนต้องมีหมายเลขไม่ซ้ำกัน`
        : "หมายเลขผู้สมัครต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป",
    });
  }
  // The sums are only meaningful once every figure is a valid count.
  if (failures.some((x) => x.rule === "nonNegative")) return failures;

  const ballots = f.valid + f.invalid + f.noVote;
  if (ballots !== f.came) {
    failures.push({
      rule: "ballotsEqualCame",
      fields: ["came", "valid", "invalid", "noVote"],
      message: `บัตรดี + บัตรเสีย + ไม่ประสงค์ลงคะแนน (${fmt(f.valid)} + ${fmt(f.invalid)} + ${fmt(f.noVote)} = ${fmt(ballots)}) ต้องเท่ากับผู้มาใช้สิทธิ (${fmt(f.came)})`,
    });
  }
  if (f.came > f.registered) {
    failures.push({
      rule: "cameWithinRegistered",
      fields: ["came", "registered"],
      message: `ผู้มาใช้สิทธิ (${fmt(f.came)}) ต้องไม่เกินผู้มีสิทธิเลือกตั้ง (${fmt(f.registered)})`,
    });
  }
  const votes = candidates.reduce((s, c) => s + c.votes, 0);
  if (votes !== f.valid) {
    failures.push({
      rule: "votesEqualValid",
      fields: ["valid", ...candidates.map((c) => `votes.${c.number}`)],
      message: `คะแนนของผู้สมัครรวมกัน (${fmt(votes)}) ต้องเท่ากับบัตรดี (${fmt(f.valid)})`,
    });
  }
  if (f.stationsCounted > f.stations) {
    failures.push({
      rule: "stationsCountedWithinStations",
      fields: ["stationsCounted", "stations"],
      message: `หน่วยที่นับแล้ว (${fmt(f.stationsCounted)}) ต้องไม่เกินหน่วยเลือกตั้งทั้งหมด (${fmt(f.stations)})`,
    });
  }
  return failures;
}

/** Turnout in percent with two decimals, or null when nobody is registered. */
export function turnoutPercent(f: Pick<ContestFigures, "came" | "registered">): number | null {
  return f.registered > 0 ? Math.round((f.came / f.registered) * 10_000) / 100 : null;
}

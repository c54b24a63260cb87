import type { ContestStatus } from "@/lib/generated/prisma/enums";
import {
  COLUMNS,
  CONTEST_COLUMNS,
  columnOfHeader,
  columnTitle,
  parseCount,
  parseSample,
  parseStatus,
  type ColumnKey,
} from "./columns";
import { parseCsv, type CsvError, type CsvRecord } from "./csv";
import { checkContest, fmt, type ContestFigures } from "./validate";

// A results CSV → the contests it describes, or a per-line list of what is wrong. The file is
// all-or-nothing: any error means nothing from it may be applied (the caller checks `errors`).

export type ImportedCandidate = {
  line: number;
  number: number;
  name: string;
  party: string;
  isSample?: boolean;
  votes: number;
};
export type ImportedContest = {
  line: number;
  position: string;
  area: string;
  figures: ContestFigures;
  status: ContestStatus;
  candidates: ImportedCandidate[];
};
export type ImportFile = { contests: ImportedContest[]; errors: CsvError[] };

type ContestColumn = (typeof CONTEST_COLUMNS)[number];
const mapFigures = (f: ContestFigures) =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v)])) as Record<keyof ContestFigures, string>;

export const MAX_ROWS = 5000;

export const contestKey = (position: string, area: string) => `${position}\u0000${area}`;

export function readResultsCsv(text: string): ImportFile {
  const parsed = parseCsv(text);
  if (parsed.errors.length) return { contests: [], errors: parsed.errors };
  const [head, ...rows] = parsed.records;
  if (!head) return { contests: [], errors: [{ line: 1, message: "ไฟล์ว่าง: ไม่มีแถวหัวตาราง" }] };
  if (rows.length > MAX_ROWS) return { contests: [], errors: [{ line: 1, message: `มีข้อมูลเกิน ${fmt(MAX_ROWS)} แถว` }] };

  const header = readHeader(head);
  if ("errors" in header) return { contests: [], errors: header.errors };
  if (rows.length === 0) return { contests: [], errors: [{ line: head.line, message: "ไม่มีข้อมูลใต้หัวตาราง" }] };

  const errors: CsvError[] = [];
  const byKey = new Map<string, ImportedContest>();
  // Contests with a refused row: their sums would only repeat that error.
  const broken = new Set<string>();
  for (const row of rows) {
    const extra = row.fields.slice(head.fields.length);
    if (extra.some((f) => f.trim() !== "")) {
      errors.push({
        line: row.line,
        message: `แถวนี้มี ${row.fields.length} ช่อง แต่หัวตารางมี ${head.fields.length} ช่อง (ตัวเลขที่มีจุลภาค เช่น 1,000 ต้องครอบด้วยเครื่องหมาย "…")`,
      });
      continue;
    }
    const before = errors.length;
    const key = readRow(row, header.index, byKey, errors);
    if (errors.length > before && key) broken.add(key);
  }

  const contests = [...byKey.values()];
  for (const c of contests) {
    if (broken.has(contestKey(c.position, c.area))) continue;
    for (const failure of checkContest(c.figures, c.candidates)) {
      if (failure.rule === "candidateNumbers") continue; // reported per line while reading
      errors.push({ line: c.line, message: `${c.position} ${c.area}: ${failure.message}` });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { contests, errors };
}

function readHeader(head: CsvRecord): { index: Map<ColumnKey, number> } | { errors: CsvError[] } {
  const index = new Map<ColumnKey, number>();
  const errors: CsvError[] = [];
  head.fields.forEach((h, i) => {
    if (h.trim() === "") return;
    const key = columnOfHeader(h);
    if (!key) errors.push({ line: head.line, column: h, message: `ไม่รู้จักหัวคอลัมน์ “${h.trim()}”` });
    else if (index.has(key)) errors.push({ line: head.line, column: h, message: `หัวคอลัมน์ “${columnTitle(key)}” ซ้ำกัน` });
    else index.set(key, i);
  });
  for (const c of COLUMNS) {
    if (c.required && !index.has(c.key)) {
      errors.push({ line: head.line, column: c.th, message: `ไม่มีคอลัมน์ “${c.th}” (หรือ ${c.en})` });
    }
  }
  return errors.length ? { errors } : { index };
}

function readRow(
  row: CsvRecord,
  index: Map<ColumnKey, number>,
  byKey: Map<string, ImportedContest>,
  errors: CsvError[],
): string | undefined {
  const cell = (k: ColumnKey) => {
    const i = index.get(k);
    return i === undefined ? "" : (row.fields[i] ?? "").trim();
  };
  const fail = (k: ColumnKey, message: string) =>
    errors.push({ line: row.line, column: columnTitle(k), message: `${columnTitle(k)}: ${message}` });
  const before = errors.length;
  const count = (k: ColumnKey): number => {
    const r = parseCount(cell(k));
    if ("error" in r) fail(k, r.error);
    return "value" in r ? r.value : 0;
  };

  const position = cell("position");
  const area = cell("area");
  if (!position) fail("position", "ต้องกรอก");
  if (!area) fail("area", "ต้องกรอก");
  const status = parseStatus(cell("status"));
  if (!status) fail("status", `ต้องเป็น “ยังไม่เริ่มนับ” “กำลังนับ” หรือ “เป็นทางการ” (ได้ “${cell("status")}”)`);
  const figures = {
    registered: count("registered"),
    stations: count("stations"),
    stationsCounted: count("stationsCounted"),
    came: count("came"),
    valid: count("valid"),
    invalid: count("invalid"),
    noVote: count("noVote"),
  };
  const noCandidate = !cell("number") && !cell("name") && !cell("votes");
  let candidate: ImportedCandidate | undefined;
  if (!noCandidate) {
    const number = count("number");
    if (cell("number") && number < 1) fail("number", "ต้องเป็นตั้งแต่ 1 ขึ้นไป");
    const name = cell("name");
    if (!name) fail("name", "ต้องกรอก");
    const isSample = index.has("sample") ? parseSample(cell("sample")) : undefined;
    if (index.has("sample") && isSample === undefined) fail("sample", `ต้องเป็น “ใช่” หรือเว้นว่าง (ได้ “${cell("sample")}”)`);
    candidate = { line: row.line, number, name, party: cell("party"), isSample, votes: count("votes") };
  }
  const key = position && area ? contestKey(position, area) : undefined;
  if (errors.length > before || !key) return key;

  const existing = byKey.get(key);
  if (!existing) {
    byKey.set(key, {
      line: row.line,
      position,
      area,
      figures,
      status: status!,
      candidates: candidate ? [candidate] : [],
    });
    return key;
  }
  const now: Record<ContestColumn, string> = { ...mapFigures(figures), status: status! };
  const then: Record<ContestColumn, string> = { ...mapFigures(existing.figures), status: existing.status };
  for (const k of CONTEST_COLUMNS) {
    if (now[k] !== then[k]) {
      fail(k, `ไม่ตรงกับบรรทัด ${existing.line} ของ${position} ${area} (บรรทัดนี้ “${cell(k)}”) ข้อมูลของเขตต้องเหมือนกันทุกแถว`);
    }
  }
  if (!candidate) return key;
  const same = existing.candidates.find((c) => c.number === candidate.number);
  if (same) fail("number", `หมายเลข ${candidate.number} ซ้ำกับบรรทัด ${same.line} ใน${position} ${area}`);
  else existing.candidates.push(candidate);
  return key;
}

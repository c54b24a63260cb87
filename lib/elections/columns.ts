import type { ContestStatus } from "@/lib/generated/prisma/enums";

// The columns of the results CSV. One row per candidate; the contest's columns are repeated on
// each of its rows (and must agree). Headers may be written in Thai or in English.

export type ColumnKey =
  | "position"
  | "area"
  | "registered"
  | "stations"
  | "stationsCounted"
  | "came"
  | "valid"
  | "invalid"
  | "noVote"
  | "status"
  | "number"
  | "name"
  | "party"
  | "votes"
  | "sample";

export const COLUMNS: { key: ColumnKey; th: string; en: string; required: boolean }[] = [
  { key: "position", th: "ตำแหน่ง", en: "position", required: true },
  { key: "area", th: "เขต", en: "area", required: true },
  { key: "registered", th: "ผู้มีสิทธิเลือกตั้ง", en: "registered", required: true },
  { key: "stations", th: "หน่วยเลือกตั้ง", en: "stations", required: true },
  { key: "stationsCounted", th: "หน่วยที่นับแล้ว", en: "stations_counted", required: true },
  { key: "came", th: "ผู้มาใช้สิทธิ", en: "came", required: true },
  { key: "valid", th: "บัตรดี", en: "valid", required: true },
  { key: "invalid", th: "บัตรเสีย", en: "invalid", required: true },
  { key: "noVote", th: "ไม่ประสงค์ลงคะแนน", en: "no_vote", required: true },
  { key: "status", th: "สถานะ", en: "status", required: true },
  { key: "number", th: "หมายเลข", en: "number", required: true },
  { key: "name", th: "ชื่อผู้สมัคร", en: "name", required: true },
  { key: "party", th: "พรรค", en: "party", required: false },
  { key: "votes", th: "คะแนน", en: "votes", required: true },
  { key: "sample", th: "ชื่อตัวอย่าง", en: "sample", required: false },
];

export const CONTEST_COLUMNS = [
  "registered",
  "stations",
  "stationsCounted",
  "came",
  "valid",
  "invalid",
  "noVote",
  "status",
] as const satisfies ColumnKey[];

export const columnTitle = (key: ColumnKey): string => COLUMNS.find((c) => c.key === key)!.th;

export function columnOfHeader(header: string): ColumnKey | undefined {
  const h = header.trim().toLowerCase();
  return COLUMNS.find((c) => c.th === h || c.en === h)?.key;
}

const STATUS_WORDS: Record<string, ContestStatus> = {
  not_started: "NOT_STARTED",
  counting: "COUNTING",
  official: "OFFICIAL",
  ยังไม่เริ่มนับ: "NOT_STARTED",
  ยังไม่เริ่มนับคะแนน: "NOT_STARTED",
  กำลังนับ: "COUNTING",
  กำลังนับคะแนน: "COUNTING",
  ไม่เป็นทางการ: "COUNTING",
  เป็นทางการ: "OFFICIAL",
  ผลอย่างเป็นทางการ: "OFFICIAL",
};

export function parseStatus(raw: string): ContestStatus | undefined {
  return STATUS_WORDS[raw.trim().toLowerCase()];
}

/** The word written for a status in files this system produces. */
export const STATUS_WORD: Record<ContestStatus, string> = {
  NOT_STARTED: "ยังไม่เริ่มนับ",
  COUNTING: "กำลังนับ",
  OFFICIAL: "เป็นทางการ",
};

const SAMPLE_WORDS: Record<string, boolean> = {
  "": false,
  ใช่: true,
  yes: true,
  true: true,
  "1": true,
  ไม่: false,
  ไม่ใช่: false,
  no: false,
  false: false,
  "0": false,
};

export function parseSample(raw: string): boolean | undefined {
  return SAMPLE_WORDS[raw.trim().toLowerCase()];
}

const THAI_DIGITS = /[๐-๙]/g;

/**
 * A count as staff type it: digits, optionally grouped by thousands commas ("12,345"), Thai
 * digits allowed. Anything else (decimals, spaces inside, stray commas) is refused with a reason.
 */
export function parseCount(raw: string): { value: number } | { error: string } {
  const s = raw.trim().replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (s === "") return { error: "ต้องกรอกตัวเลข" };
  if (/^-\s*[\d,]+$/.test(s)) return { error: `ต้องไม่ติดลบ (ได้ ${s})` };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(s)) return { error: `ต้องเป็นจำนวนเต็ม เช่น 12345 หรือ 12,345 (ได้ “${raw.trim()}”)` };
  const value = Number(s.replaceAll(",", ""));
  if (value > 2_000_000_000) return { error: `มากเกินไป (ได้ ${s})` };
  return { value };
}

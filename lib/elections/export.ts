import { ELECTION_KIND_LABELS, CONTEST_STATUS_LABELS } from "./labels";
import { percentOf, rankCandidates, turnoutPercent } from "./summary";
import { contestPath } from "./url";
import type { ContestView, ElectionView } from "./view";
import { dayKeyOf, dayKeyString, toBangkokIso } from "@/lib/thai-date";

// Open data: every election's results as CSV (one row per candidate, the contest's figures
// repeated on each row) and JSON (contests with their candidates). The columns are documented
// here once and shown on the election page.

type Row = Record<ColumnKey, string | number | boolean | null>;

export const RESULT_COLUMNS = [
  { key: "election_id", head: "รหัสการเลือกตั้ง", about: "เลขประจำการเลือกตั้งในเว็บไซต์นี้" },
  { key: "election_title", head: "การเลือกตั้ง", about: "ชื่อการเลือกตั้ง" },
  { key: "polling_day", head: "วันเลือกตั้ง", about: "วันเลือกตั้ง ปี ค.ศ. รูปแบบ YYYY-MM-DD" },
  { key: "contest_id", head: "รหัสเขต", about: "เลขประจำเขตเลือกตั้ง (หรือตำแหน่ง) ในเว็บไซต์นี้" },
  { key: "position", head: "ตำแหน่ง", about: "ตำแหน่งที่เลือก เช่น ส.ส. แบบแบ่งเขต" },
  { key: "area", head: "เขตเลือกตั้ง", about: "เขตเลือกตั้ง เช่น เขต 1" },
  {
    key: "status",
    head: "สถานะ",
    about: "NOT_STARTED ยังไม่เริ่มนับ, COUNTING กำลังนับ (ไม่เป็นทางการ), OFFICIAL ผลอย่างเป็นทางการ",
  },
  { key: "count_updated_at", head: "ปรับปรุงคะแนนเมื่อ", about: "เวลาที่ตัวเลขเปลี่ยนล่าสุด ISO 8601 เวลาประเทศไทย (+07:00)" },
  { key: "registered", head: "ผู้มีสิทธิเลือกตั้ง", about: "จำนวนผู้มีสิทธิเลือกตั้ง" },
  { key: "stations", head: "หน่วยเลือกตั้ง", about: "จำนวนหน่วยเลือกตั้ง" },
  { key: "stations_counted", head: "หน่วยที่นับแล้ว", about: "จำนวนหน่วยที่นับคะแนนแล้ว" },
  { key: "came", head: "ผู้มาใช้สิทธิ", about: "จำนวนผู้มาใช้สิทธิ" },
  { key: "turnout_percent", head: "ร้อยละผู้มาใช้สิทธิ", about: "ผู้มาใช้สิทธิ ÷ ผู้มีสิทธิ × 100 ทศนิยม 2 ตำแหน่ง" },
  { key: "valid", head: "บัตรดี", about: "จำนวนบัตรดี" },
  { key: "invalid", head: "บัตรเสีย", about: "จำนวนบัตรเสีย" },
  { key: "no_vote", head: "ไม่ประสงค์ลงคะแนน", about: "จำนวนบัตรไม่ประสงค์ลงคะแนน" },
  { key: "candidate_number", head: "หมายเลขผู้สมัคร", about: "หมายเลขประจำตัวผู้สมัคร (ว่างถ้ายังไม่มีผู้สมัคร)" },
  { key: "candidate_name", head: "ชื่อผู้สมัคร", about: "ชื่อผู้สมัคร" },
  { key: "candidate_name_is_sample", head: "ชื่อสมมุติ", about: "true เมื่อเป็นชื่อสมมุติสำหรับการสาธิต" },
  { key: "party", head: "พรรค", about: "พรรคการเมือง (ว่างถ้าไม่สังกัดพรรค)" },
  { key: "votes", head: "คะแนน", about: "คะแนนที่ได้" },
  { key: "vote_share_percent", head: "ร้อยละของบัตรดี", about: "คะแนน ÷ บัตรดี × 100 ทศนิยม 2 ตำแหน่ง" },
  { key: "rank", head: "อันดับ", about: "อันดับตามคะแนน คะแนนเท่ากันได้อันดับเดียวกัน" },
] as const;

export type ColumnKey = (typeof RESULT_COLUMNS)[number]["key"];

/** A percentage to two decimals, as the open-data files give it. */
export const round2 = (p: number | null) => (p === null ? null : Math.round(p * 100) / 100);

function contestFields(election: ElectionView, c: ContestView) {
  return {
    election_id: election.id,
    election_title: election.title,
    polling_day: dayKeyString(dayKeyOf(election.pollingDay)),
    contest_id: c.id,
    position: c.position,
    area: c.area,
    status: c.status,
    count_updated_at: c.countUpdatedAt ? toBangkokIso(c.countUpdatedAt) : null,
    registered: c.registered,
    stations: c.stations,
    stations_counted: c.stationsCounted,
    came: c.came,
    turnout_percent: round2(turnoutPercent(c)),
    valid: c.valid,
    invalid: c.invalid,
    no_vote: c.noVote,
  };
}

/** One row per candidate (a contest without candidates still gets one row). */
export function resultRows(election: ElectionView): Row[] {
  return election.contests.flatMap((c): Row[] => {
    const base = contestFields(election, c);
    const ranked = rankCandidates(c.candidates, c.valid);
    if (ranked.length === 0) {
      return [
        {
          ...base,
          candidate_number: null,
          candidate_name: null,
          candidate_name_is_sample: null,
          party: null,
          votes: null,
          vote_share_percent: null,
          rank: null,
        },
      ];
    }
    return ranked.map((k) => ({
      ...base,
      candidate_number: k.number,
      candidate_name: k.name,
      candidate_name_is_sample: k.isSample,
      party: k.party,
      votes: k.votes,
      vote_share_percent: round2(k.share),
      rank: k.rank,
    }));
  });
}

// A cell that starts like a formula is prefixed with ' so that spreadsheets show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | boolean | null;

/** CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark so that Excel reads the Thai: Thai headers, then the rows. */
export function csvDocument<K extends string>(
  columns: readonly { key: K; head: string }[],
  rows: readonly Record<K, Cell>[],
): string {
  const lines = [columns.map((c) => csvCell(c.head)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function resultsCsv(election: ElectionView): string {
  return csvDocument(RESULT_COLUMNS, resultRows(election));
}

/** The JSON document: the election, then each contest with its candidates ranked. */
export function resultsJson(election: ElectionView, siteUrl: string) {
  return {
    election: {
      id: election.id,
      title: election.title,
      kind: election.kind,
      kind_label: ELECTION_KIND_LABELS[election.kind].full,
      polling_day: dayKeyString(dayKeyOf(election.pollingDay)),
      url: siteUrl + election.path,
    },
    contests: election.contests.map((c) => {
      const {
        election_id: _id,
        election_title: _t,
        polling_day: _d,
        contest_id,
        ...fields
      } = contestFields(election, c);
      return {
        id: contest_id,
        url: siteUrl + contestPath(election.id, c.id),
        ...fields,
        status_label: CONTEST_STATUS_LABELS[c.status],
        candidates: rankCandidates(c.candidates, c.valid).map((k) => ({
          number: k.number,
          name: k.name,
          name_is_sample: k.isSample,
          party: k.party,
          votes: k.votes,
          vote_share_percent: round2(percentOf(k.votes, c.valid)),
          rank: k.rank,
        })),
      };
    }),
    columns: Object.fromEntries(RESULT_COLUMNS.map((c) => [c.key, c.about])),
  };
}

/** "election-12-results.csv": ASCII, so every browser keeps it. */
export function resultsFileName(electionId: number, ext: "csv" | "json"): string {
  return `election-${electionId}-results.${ext}`;
}

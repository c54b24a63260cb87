import { dayKeyOf, dayKeyString, toBangkokIso } from "@/lib/thai-date";
import { CONTEST_STATUS_LABELS, ELECTION_KIND_LABELS } from "./labels";
import { countedText, type NationalPicture, type ProvinceRow } from "./national";
import { csvDocument, round2 } from "./export";
import { percentOf } from "./summary";
import type { ElectionSummary } from "./view";

// Open data of a national election: one row per province (CSV and JSON), and in the JSON the
// national totals and the seats by party. Per-candidate figures stay with each province's own
// results files, linked from every row.

export const PROVINCE_COLUMNS = [
  { key: "office_code", head: "รหัสสำนักงาน", about: "รหัสของสำนักงานจังหวัดในระบบ เช่น chiangrai" },
  { key: "province", head: "จังหวัด", about: "ชื่อจังหวัด" },
  { key: "constituencies", head: "จำนวนเขต", about: "เขตเลือกตั้งที่จังหวัดประกาศในระบบ (0 ถ้ายังไม่มีข้อมูล)" },
  { key: "counted", head: "เขตที่นับแล้ว", about: "เขตที่ประกาศผลอย่างเป็นทางการ หรือนับครบทุกหน่วยแล้ว" },
  {
    key: "status",
    head: "สถานะ",
    about: "NOT_STARTED ยังไม่เริ่มนับ, COUNTING กำลังนับ, OFFICIAL ผลอย่างเป็นทางการ, ว่างถ้ายังไม่มีข้อมูล",
  },
  { key: "registered", head: "ผู้มีสิทธิเลือกตั้ง", about: "ผลรวมผู้มีสิทธิเลือกตั้งทุกเขตของจังหวัด" },
  { key: "came", head: "ผู้มาใช้สิทธิ", about: "ผลรวมผู้มาใช้สิทธิทุกเขตของจังหวัด" },
  { key: "turnout_percent", head: "ร้อยละผู้มาใช้สิทธิ", about: "ผู้มาใช้สิทธิ ÷ ผู้มีสิทธิ × 100 ทศนิยม 2 ตำแหน่ง" },
  { key: "count_updated_at", head: "ปรับปรุงคะแนนเมื่อ", about: "เวลาที่ตัวเลขของจังหวัดเปลี่ยนล่าสุด ISO 8601 (+07:00)" },
  { key: "url", head: "หน้าผลของจังหวัด", about: "ที่อยู่หน้าผลการเลือกตั้งบนเว็บไซต์ของสำนักงานจังหวัด" },
] as const;

type Key = (typeof PROVINCE_COLUMNS)[number]["key"];

function provinceFields(p: ProvinceRow): Record<Key, string | number | null> {
  return {
    office_code: p.code,
    province: p.province,
    constituencies: p.constituencies,
    counted: p.counted,
    status: p.status,
    registered: p.registered,
    came: p.came,
    turnout_percent: round2(p.turnout),
    count_updated_at: p.updatedAt ? toBangkokIso(p.updatedAt) : null,
    url: p.href,
  };
}

/** One row per province (./export.ts csvDocument). */
export function provincesCsv(picture: NationalPicture): string {
  return csvDocument(PROVINCE_COLUMNS, picture.provinces.map(provinceFields));
}

/** The JSON document: the election, national totals, seats by party, then every province. */
export function provincesJson(election: ElectionSummary, picture: NationalPicture, siteUrl: string) {
  const t = picture.totals;
  const votes = picture.tally.reduce((a, r) => a + r.votes, 0);
  return {
    election: {
      id: election.id,
      title: election.title,
      kind: election.kind,
      kind_label: ELECTION_KIND_LABELS[election.kind].full,
      polling_day: dayKeyString(dayKeyOf(election.pollingDay)),
      url: siteUrl + election.path,
    },
    national: {
      provinces_reporting: picture.reporting,
      provinces: picture.provinces.length,
      constituencies: picture.constituencies,
      counted: picture.counted,
      status: picture.status,
      status_label: CONTEST_STATUS_LABELS[picture.status],
      registered: t.registered,
      came: t.came,
      turnout_percent: round2(t.turnout),
      count_updated_at: picture.updatedAt ? toBangkokIso(picture.updatedAt) : null,
    },
    parties: picture.tally.map((r) => ({
      party: r.party,
      won: r.won,
      leading: r.leading,
      votes: r.votes,
      vote_share_percent: round2(percentOf(r.votes, votes)),
    })),
    provinces: picture.provinces.map((p) => ({ ...provinceFields(p), status_text: countedText(p) })),
    columns: Object.fromEntries(PROVINCE_COLUMNS.map((c) => [c.key, c.about])),
  };
}

/** "election-12-provinces.csv": ASCII, so every browser keeps it. */
export function provincesFileName(electionId: number, ext: "csv" | "json"): string {
  return `election-${electionId}-provinces.${ext}`;
}

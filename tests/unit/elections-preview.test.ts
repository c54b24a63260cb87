import { describe, expect, it } from "vitest";
import { readResultsCsv } from "@/lib/elections/import-file";
import { planImport, type StoredContest } from "@/lib/elections/preview";

const HEAD =
  "ตำแหน่ง,เขต,ผู้มีสิทธิเลือกตั้ง,หน่วยเลือกตั้ง,หน่วยที่นับแล้ว,ผู้มาใช้สิทธิ,บัตรดี,บัตรเสีย,ไม่ประสงค์ลงคะแนน,สถานะ,หมายเลข,ชื่อผู้สมัคร,พรรค,คะแนน";
const stored = (over: Partial<StoredContest> = {}): StoredContest => ({
  id: 11,
  version: 3,
  position: "ส.ส. แบบแบ่งเขต",
  area: "เขต 1",
  figures: { registered: 100, stations: 2, stationsCounted: 1, came: 10, valid: 9, invalid: 1, noVote: 0 },
  status: "COUNTING",
  candidates: [
    { number: 1, name: "ชื่อตัวอย่าง ก", party: "พรรค ก", isSample: true, votes: 5 },
    { number: 2, name: "ชื่อตัวอย่าง ข", party: "", isSample: true, votes: 4 },
  ],
  ...over,
});
const read = (...rows: string[]) => {
  const r = readResultsCsv([HEAD, ...rows].join("\n"));
  expect(r.errors).toEqual([]);
  return r.contests;
};

describe("planImport", () => {
  it("shows each changed figure, status and candidate before → after", () => {
    const plan = planImport(
      read(
        "ส.ส. แบบแบ่งเขต,เขต 1,100,2,2,20,18,2,0,เป็นทางการ,1,ชื่อตัวอย่าง ก,พรรค ก,10",
        "ส.ส. แบบแบ่งเขต,เขต 1,100,2,2,20,18,2,0,เป็นทางการ,3,นางสาวจริง ใจ,,8",
      ),
      [stored()],
    );
    const [c] = plan.contests;
    expect(c).toMatchObject({ kind: "update", contestId: 11, version: 3 });
    expect(c!.changes).toEqual([
      { label: "หน่วยที่นับแล้ว", before: "1", after: "2" },
      { label: "ผู้มาใช้สิทธิ", before: "10", after: "20" },
      { label: "บัตรดี", before: "9", after: "18" },
      { label: "บัตรเสีย", before: "1", after: "2" },
      { label: "สถานะ", before: "กำลังนับคะแนน (ผลไม่เป็นทางการ)", after: "ผลอย่างเป็นทางการ" },
      {
        label: "หมายเลข 1",
        before: "ชื่อตัวอย่าง ก (พรรค ก) [ชื่อตัวอย่าง]: 5 คะแนน",
        after: "ชื่อตัวอย่าง ก (พรรค ก) [ชื่อตัวอย่าง]: 10 คะแนน",
      },
      { label: "หมายเลข 2", before: "ชื่อตัวอย่าง ข [ชื่อตัวอย่าง]: 4 คะแนน", after: "ลบออก" },
      { label: "หมายเลข 3", before: "—", after: "นางสาวจริง ใจ: 8 คะแนน" },
    ]);
    // A kept name keeps its sample mark; a new name is not a sample unless the file says so.
    expect(c!.candidates.map((x) => [x.number, x.isSample])).toEqual([
      [1, true],
      [3, false],
    ]);
  });

  it("marks new, unchanged and unmentioned contests", () => {
    const plan = planImport(
      read(
        "ส.ส. แบบแบ่งเขต,เขต 1,100,2,1,10,9,1,0,กำลังนับ,1,ชื่อตัวอย่าง ก,พรรค ก,5",
        "ส.ส. แบบแบ่งเขต,เขต 1,100,2,1,10,9,1,0,กำลังนับ,2,ชื่อตัวอย่าง ข,,4",
        "ส.ส. แบบแบ่งเขต,เขต 9,50,1,0,0,0,0,0,ยังไม่เริ่มนับ,,,,",
      ),
      [stored(), stored({ id: 12, area: "เขต 2" })],
    );
    expect(plan.contests.map((c) => [c.area, c.kind, c.changes.length])).toEqual([
      ["เขต 1", "same", 0],
      ["เขต 9", "create", 8],
    ]);
    expect(plan.contests[1]!.candidates).toEqual([]);
    expect(plan.untouched).toEqual([{ position: "ส.ส. แบบแบ่งเขต", area: "เขต 2" }]);
  });
});

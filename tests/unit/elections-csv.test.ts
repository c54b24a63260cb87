import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsv, MAX_CSV_BYTES, parseCsv } from "@/lib/elections/csv";
import { readResultsCsv } from "@/lib/elections/import-file";
import { DEMO_CSV_PATH, demoCountingCsv } from "@/prisma/seed/demo-csv";
import { GE2566_DISTRICTS } from "@/prisma/seed/elections";

const HEAD =
  "ตำแหน่ง,เขต,ผู้มีสิทธิเลือกตั้ง,หน่วยเลือกตั้ง,หน่วยที่นับแล้ว,ผู้มาใช้สิทธิ,บัตรดี,บัตรเสีย,ไม่ประสงค์ลงคะแนน,สถานะ,หมายเลข,ชื่อผู้สมัคร,พรรค,คะแนน";
const BY7 = [
  HEAD,
  'ส.ส. แบบแบ่งเขต,เขต 7,"133,960",281,281,"79,288","65,477","3,072","10,739",เป็นทางการ,1,นายสง่า พรมเมือง,เพื่อไทย,"45,615"',
  "ส.ส. แบบแบ่งเขต,เขต 7,133960,281,281,79288,65477,3072,10739,เป็นทางการ,2,นายสุทัศน์ ยาละ,ประชาชน,19862",
];
const file = (...lines: string[]) => lines.join("\r\n") + "\r\n";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted commas, doubled quotes and line breaks inside quotes, keeping each record's first line", () => {
    const { records, errors } = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,1');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["two\nlines", "z"] },
      { line: 6, fields: ["last", "1"] },
    ]);
  });

  it("reports an unclosed quote and a stray quote with their lines", () => {
    expect(parseCsv('a,b\n"open,1\n2,3').errors).toEqual([{ line: 2, message: expect.stringContaining("ไม่ได้ปิด") }]);
    expect(parseCsv('a,b\nab"c,1').errors).toEqual([{ line: 2, message: expect.stringContaining("อยู่กลางช่องข้อมูล") }]);
    expect(parseCsv('a,b\n"ab"c,1').errors).toEqual([{ line: 2, message: expect.stringContaining("ต่อท้าย") }]);
  });
});

describe("decodeCsv", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode("ตำแหน่ง,เขต\n");
    expect(decodeCsv(bytes)).toEqual({ text: "ตำแหน่ง,เขต\n" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: "ตำแหน่ง,เขต\n" });
  });

  it("refuses a file over the limit before reading it", () => {
    const r = decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1));
    expect("error" in r && r.error.message).toBe("ไฟล์ใหญ่เกิน 512 KB โปรดแบ่งเป็นหลายไฟล์");
    expect("text" in decodeCsv(new Uint8Array(MAX_CSV_BYTES).fill(0x41))).toBe(true);
  });

  it("refuses TIS-620 (Excel's Thai ANSI) with a hint instead of garbling the names", () => {
    const tis620 = new Uint8Array([0xb5, 0xd3, 0xcb, 0xb9, 0xe8, 0xa7]); // ตำแหน่ง
    const r = decodeCsv(tis620);
    expect("error" in r && r.error.message).toContain("UTF-8");
  });
});

describe("readResultsCsv", () => {
  it("reads a good file: one contest, its candidates, commas as thousands separators", () => {
    const { contests, errors } = readResultsCsv(file(...BY7));
    expect(errors).toEqual([]);
    expect(contests).toHaveLength(1);
    expect(contests[0]).toMatchObject({
      line: 2,
      position: "ส.ส. แบบแบ่งเขต",
      area: "เขต 7",
      status: "OFFICIAL",
      figures: {
        registered: 133960,
        stations: 281,
        stationsCounted: 281,
        came: 79288,
        valid: 65477,
        invalid: 3072,
        noVote: 10739,
      },
    });
    expect(contests[0]!.candidates.map((c) => [c.number, c.name, c.party, c.votes, c.isSample])).toEqual([
      [1, "นายสง่า พรมเมือง", "เพื่อไทย", 45615, undefined],
      [2, "นายสุทัศน์ ยาละ", "ประชาชน", 19862, undefined],
    ]);
  });

  it("accepts English headers, Thai digits, a BOM and status codes", () => {
    const en =
      "position,area,registered,stations,stations_counted,came,valid,invalid,no_vote,status,number,name,party,votes";
    const { contests, errors } = readResultsCsv(
      "\uFEFF" + file(en, "นายก อบจ.,ทั้งจังหวัด,๑๐,1,0,5,4,1,0,COUNTING,1,ตัวอย่าง,,4"),
    );
    expect(errors).toEqual([]);
    expect(contests[0]).toMatchObject({ status: "COUNTING", figures: { registered: 10, came: 5 } });
  });

  it("reports every bad line with its column and a Thai reason, and keeps nothing", () => {
    const bad = file(
      HEAD,
      "ส.ส. แบบแบ่งเขต,เขต 1,100,2,1,10,9,1,0,กำลังนับ,1,ก,,-4",
      "ส.ส. แบบแบ่งเขต,เขต 2,100,2,1,10,9,1,0,นับเสร็จ,1,ข,,9",
      "ส.ส. แบบแบ่งเขต,เขต 3,100,2,1,10,9.5,1,0,กำลังนับ,1,ค,,9",
      "ส.ส. แบบแบ่งเขต,เขต 3,100,2,1,10,9,1,0,กำลังนับ,2,,,0",
      "ส.ส. แบบแบ่งเขต,เขต 4,1,000,2,1,10,9,1,0,กำลังนับ,1,ง,,9",
    );
    const { errors } = readResultsCsv(bad);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, "คะแนน"],
      [3, "สถานะ"],
      [4, "บัตรดี"],
      [5, "ชื่อผู้สมัคร"],
      [6, undefined],
    ]);
    expect(errors[0]!.message).toBe("คะแนน: ต้องไม่ติดลบ (ได้ -4)");
    expect(errors[1]!.message).toContain("ต้องเป็น “ยังไม่เริ่มนับ” “กำลังนับ” หรือ “เป็นทางการ” (ได้ “นับเสร็จ”)");
    expect(errors[2]!.message).toContain("ต้องเป็นจำนวนเต็ม");
    expect(errors[4]!.message).toBe('แถวนี้มี 15 ช่อง แต่หัวตารางมี 14 ช่อง (ตัวเลขที่มีจุลภาค เช่น 1,000 ต้องครอบด้วยเครื่องหมาย "…")');
  });

  it("names the rule a contest breaks, on the contest's first line", () => {
    const { errors } = readResultsCsv(file(HEAD, BY7[1]!, BY7[2]!.replace(",19862", ",19860")));
    expect(errors).toEqual([
      { line: 2, message: "ส.ส. แบบแบ่งเขต เขต 7: คะแนนของผู้สมัครรวมกัน (65,475) ต้องเท่ากับบัตรดี (65,477)" },
    ]);
  });

  it("refuses rows of one contest that disagree, and repeated ballot numbers", () => {
    const differing = BY7[2]!.replace("79288,65477,3072", "79289,65477,3073");
    const { errors } = readResultsCsv(file(HEAD, BY7[1]!, differing, BY7[2]!.replace(",2,", ",1,")));
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, "ผู้มาใช้สิทธิ"],
      [3, "บัตรเสีย"],
      [4, "หมายเลข"],
    ]);
    expect(errors[0]!.message).toContain("ไม่ตรงกับบรรทัด 2");
    expect(errors[2]!.message).toContain("หมายเลข 1 ซ้ำกับบรรทัด 2");
  });

  it("refuses missing and unknown headers and an empty file", () => {
    expect(readResultsCsv("").errors[0]!.message).toContain("ไฟล์ว่าง");
    const r = readResultsCsv(file(HEAD.replace(",คะแนน", ",คะแนนรวม"), BY7[2]!));
    expect(r.errors.map((e) => e.message)).toEqual(["ไม่รู้จักหัวคอลัมน์ “คะแนนรวม”", "ไม่มีคอลัมน์ “คะแนน” (หรือ votes)"]);
    expect(readResultsCsv(file(HEAD)).errors[0]!.message).toContain("ไม่มีข้อมูล");
  });
});

describe("the demo import file", () => {
  const text = readFileSync(path.resolve(import.meta.dirname, "../..", DEMO_CSV_PATH), "utf8");

  it("is what the generator writes, and reads with no errors", () => {
    expect(text).toBe(demoCountingCsv());
    const { contests, errors } = readResultsCsv(text);
    expect(errors).toEqual([]);
    expect(contests.map((c) => c.area)).toEqual(GE2566_DISTRICTS.map((d) => `เขต ${d.no}`));
  });

  it("is a count in progress: every constituency partly counted, below its official figures", () => {
    const { contests } = readResultsCsv(text);
    contests.forEach((c, i) => {
      const d = GE2566_DISTRICTS[i]!;
      expect(c.status).toBe("COUNTING");
      expect(c.figures.registered).toBe(d.registered);
      expect(c.figures.stationsCounted).toBeLessThan(d.stations);
      expect(c.figures.came).toBeLessThan(d.came);
      expect(c.candidates.every((x) => x.isSample)).toBe(true);
    });
  });
});

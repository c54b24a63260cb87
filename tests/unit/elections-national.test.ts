import { describe, expect, it } from "vitest";
import {
  buildNationalPicture,
  countedText,
  firstPosition,
  isCounted,
  type ProvincePart,
} from "@/lib/elections/national";
import { PROVINCE_COLUMNS, provincesCsv, provincesJson } from "@/lib/elections/national-export";
import type { ContestView } from "@/lib/elections/view";
import { contestViewOf, GENERAL_2566 } from "@/tests/helpers/public-election-fixtures";

// The national picture of a general election is the provinces' parts added up: every province
// listed (those without a part say so), seats by party from each constituency's winner or leader,
// and «นับแล้ว N จาก M เขต» per province.

const OFFICES = [
  { code: "chiangrai", name: "สำนักงาน กกต. เชียงราย", province: "เชียงราย" },
  { code: "phayao", name: "สำนักงาน กกต. พะเยา", province: "พะเยา" },
  { code: "nan", name: "สำนักงาน กกต. น่าน", province: "น่าน" },
  { code: "bangkok", name: "สำนักงาน กกต. กรุงเทพมหานคร", province: "กรุงเทพมหานคร" },
];

let nextId = 1;
function contest(over: Partial<ContestView> & { fixture?: number } = {}): ContestView {
  const { fixture = 0, ...rest } = over;
  return contestViewOf(GENERAL_2566[fixture]!, nextId++, { electionId: 1, ...rest });
}

const chiangrai: ProvincePart = {
  code: "chiangrai",
  name: OFFICES[0]!.name,
  province: "เชียงราย",
  href: "http://chiangrai.localhost:3000/elections/4/general-election-2566",
  contests: GENERAL_2566.map((_, i) => contest({ fixture: i })),
};
const phayao: ProvincePart = {
  code: "phayao",
  name: OFFICES[1]!.name,
  province: "พะเยา",
  href: "http://phayao.localhost:3000/elections/9",
  contests: [
    contest({ fixture: 0, status: "OFFICIAL" }),
    // All stations in, not yet official: counted.
    contest({ fixture: 1, status: "COUNTING", countUpdatedAt: new Date("2023-05-14T15:05:00Z") }),
    // Half the stations: not counted yet, but leading.
    contest({ fixture: 2, status: "COUNTING", stationsCounted: 140 }),
    contest({ fixture: 3, status: "NOT_STARTED", stationsCounted: 0, came: 0, valid: 0, registered: 100_000 }),
  ],
};

describe("buildNationalPicture", () => {
  const picture = buildNationalPicture(OFFICES, [chiangrai, phayao]);

  it("lists every province, with «นับแล้ว N จาก M เขต» or «ยังไม่มีข้อมูล»", () => {
    expect(picture.provinces.map((p) => [p.province, countedText(p)])).toEqual([
      ["เชียงราย", "นับแล้ว 7 จาก 7 เขต"],
      ["พะเยา", "นับแล้ว 2 จาก 4 เขต"],
      ["น่าน", "ยังไม่มีข้อมูล"],
      ["กรุงเทพมหานคร", "ยังไม่มีข้อมูล"],
    ]);
    expect(picture.provinces.map((p) => p.status)).toEqual(["OFFICIAL", "COUNTING", null, null]);
    expect(picture).toMatchObject({ reporting: 2, constituencies: 11, counted: 9, status: "COUNTING" });
  });

  it("adds up turnout per province and for the country", () => {
    const cr = picture.provinces[0]!;
    expect(cr.registered).toBe(944019);
    expect(cr.came).toBe(729334);
    expect(cr.turnout).toBeCloseTo((729334 / 944019) * 100, 10);
    const py = picture.provinces[1]!;
    const pyContests = phayao.contests;
    expect(py.registered).toBe(pyContests.reduce((a, c) => a + c.registered, 0));
    expect(picture.totals.registered).toBe(cr.registered + py.registered);
    expect(picture.totals.came).toBe(cr.came + py.came);
    expect(picture.provinces[2]).toMatchObject({ href: null, registered: 0, came: 0, turnout: null });
  });

  it("counts seats won (official) and led (counting) per party across provinces", () => {
    const won = new Map<string, number>();
    for (const f of GENERAL_2566) won.set(f.first.party, (won.get(f.first.party) ?? 0) + 1);
    // Phayao: fixture 0 won (official); fixtures 1 and 2 led (counting); fixture 3 not started.
    const p0 = GENERAL_2566[0]!.first.party;
    won.set(p0, won.get(p0)! + 1);
    const leading = new Map<string, number>();
    for (const f of [GENERAL_2566[1]!, GENERAL_2566[2]!])
      leading.set(f.first.party, (leading.get(f.first.party) ?? 0) + 1);
    for (const row of picture.tally) {
      expect([row.party, row.won, row.leading]).toEqual([
        row.party,
        won.get(row.party) ?? 0,
        leading.get(row.party) ?? 0,
      ]);
    }
    const seats = picture.tally.reduce((a, r) => a + r.won + r.leading, 0);
    expect(seats).toBe(10);
  });

  it("groups provinces by region and keeps the latest count change", () => {
    expect(picture.regions.find((r) => r.name === "ภาคเหนือ")?.offices.map((o) => o.code)).toEqual([
      "chiangrai",
      "phayao",
      "nan",
    ]);
    expect(picture.regions.find((r) => r.name === "ภาคกลาง")?.offices.map((o) => o.code)).toEqual(["bangkok"]);
    expect(picture.updatedAt).toEqual(new Date("2023-05-14T15:05:00Z"));
  });

  it("with no parts yet: every province without data, nothing counted", () => {
    const empty = buildNationalPicture(OFFICES, []);
    expect(empty).toMatchObject({
      reporting: 0,
      constituencies: 0,
      counted: 0,
      status: "NOT_STARTED",
      updatedAt: null,
    });
    expect(empty.tally).toEqual([]);
  });
});

describe("isCounted and firstPosition", () => {
  it("official, or every station counted while counting; never before the count starts", () => {
    expect(isCounted({ status: "OFFICIAL", stations: 0, stationsCounted: 0 })).toBe(true);
    expect(isCounted({ status: "COUNTING", stations: 10, stationsCounted: 10 })).toBe(true);
    expect(isCounted({ status: "COUNTING", stations: 10, stationsCounted: 9 })).toBe(false);
    expect(isCounted({ status: "COUNTING", stations: 0, stationsCounted: 0 })).toBe(false);
    expect(isCounted({ status: "NOT_STARTED", stations: 10, stationsCounted: 10 })).toBe(false);
  });

  it("keeps the contests of the first position only (a voter counted once)", () => {
    const a = contest({ position: "ส.ส. แบบแบ่งเขต" });
    const b = contest({ position: "ประชามติ" });
    expect(firstPosition([a, b, a]).map((c) => c.position)).toEqual(["ส.ส. แบบแบ่งเขต", "ส.ส. แบบแบ่งเขต"]);
  });
});

describe("open data of the national picture", () => {
  const picture = buildNationalPicture(OFFICES, [chiangrai, phayao]);

  it("CSV: a BOM, Thai headers, one CRLF row per province in order", () => {
    const csv = provincesCsv(picture);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe(PROVINCE_COLUMNS.map((c) => c.head).join(","));
    expect(lines).toHaveLength(OFFICES.length + 2);
    expect(lines[1]).toBe(
      `chiangrai,เชียงราย,7,7,OFFICIAL,944019,729334,77.26,2023-05-14T21:30:00+07:00,${chiangrai.href}`,
    );
    expect(lines[3]).toBe("nan,น่าน,0,0,,0,0,,,");
  });

  it("JSON: the election, national totals, seats by party and every province with its status text", () => {
    const election = {
      id: 12,
      kind: "MP" as const,
      title: "การเลือกตั้ง ส.ส. 2566",
      slug: "general-election-2566",
      path: "/elections/12/general-election-2566",
      pollingDay: new Date("2023-05-13T17:00:00Z"),
      description: "",
    };
    const doc = provincesJson(election, picture, "http://ect.localhost:3000");
    expect(doc.election).toMatchObject({
      id: 12,
      polling_day: "2023-05-14",
      url: "http://ect.localhost:3000/elections/12/general-election-2566",
    });
    expect(doc.national).toMatchObject({ provinces_reporting: 2, provinces: 4, constituencies: 11, counted: 9 });
    expect(doc.national.status_label).toBe("กำลังนับคะแนน (ผลไม่เป็นทางการ)");
    expect(doc.parties.reduce((a, p) => a + p.won + p.leading, 0)).toBe(10);
    expect(doc.provinces[1]).toMatchObject({ office_code: "phayao", status_text: "นับแล้ว 2 จาก 4 เขต" });
    expect(Object.keys(doc.columns)).toEqual(PROVINCE_COLUMNS.map((c) => c.key));
  });
});

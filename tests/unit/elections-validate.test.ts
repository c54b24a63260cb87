import { describe, expect, it } from "vitest";
import { checkContest, turnoutPercent, type ContestFigures } from "@/lib/elections/validate";
import { BY7, GE2566_DISTRICTS, ge2566Candidates } from "@/prisma/seed/elections";

const by7: ContestFigures = {
  registered: 133960,
  stations: 281,
  stationsCounted: 281,
  came: 79288,
  valid: 65477,
  invalid: 3072,
  noVote: 10739,
};
const by7Votes = BY7.candidates.map(({ number, votes }) => ({ number, votes }));

const rules = (f: ContestFigures, votes = by7Votes) => checkContest(f, votes).map((x) => x.rule);

describe("checkContest", () => {
  it("accepts the real by-election figures and the consistent 2566 constituencies", () => {
    expect(checkContest(by7, by7Votes)).toEqual([]);
    for (const d of GE2566_DISTRICTS.filter((x) => x.valid + x.invalid + x.noVote === x.came)) {
      const f = { ...d, stationsCounted: d.stations };
      expect(checkContest(f, ge2566Candidates(d)), `เขต ${d.no}`).toEqual([]);
    }
  });

  it("refuses the published 2566 figures of เขต 1 and 6, whose ballots are one short of the voters who came", () => {
    const off = GE2566_DISTRICTS.filter(
      (d) => rules({ ...d, stationsCounted: d.stations }, ge2566Candidates(d)).length > 0,
    );
    expect(off.map((d) => d.no)).toEqual([1, 6]);
    for (const d of off)
      expect(rules({ ...d, stationsCounted: d.stations }, ge2566Candidates(d))).toEqual(["ballotsEqualCame"]);
  });

  it("names the ballots rule and its numbers when valid + invalid + no-vote differ from came", () => {
    const [failure] = checkContest({ ...by7, invalid: 3073 }, by7Votes);
    expect(failure).toMatchObject({ rule: "ballotsEqualCame", fields: expect.arrayContaining(["invalid", "came"]) });
    expect(failure!.message).toBe(
      "บัตรดี + บัตรเสีย + ไม่ประสงค์ลงคะแนน (65,477 + 3,073 + 10,739 = 79,289) ต้องเท่ากับผู้มาใช้สิทธิ (79,288)",
    );
  });

  it("refuses more voters than registered", () => {
    const f = checkContest({ ...by7, registered: 79287 }, by7Votes);
    expect(f.map((x) => x.message)).toEqual(["ผู้มาใช้สิทธิ (79,288) ต้องไม่เกินผู้มีสิทธิเลือกตั้ง (79,287)"]);
    expect(rules({ ...by7, registered: 79288 })).toEqual([]);
  });

  it("requires candidates' votes to add up to valid ballots", () => {
    const f = checkContest(by7, [
      { number: 1, votes: 45615 },
      { number: 2, votes: 19861 },
    ]);
    expect(f).toEqual([
      {
        rule: "votesEqualValid",
        fields: ["valid", "votes.1", "votes.2"],
        message: "คะแนนของผู้สมัครรวมกัน (65,476) ต้องเท่ากับบัตรดี (65,477)",
      },
    ]);
    expect(rules({ ...by7, valid: 0, invalid: 0, noVote: 0, came: 0 }, [])).toEqual([]);
  });

  it("refuses negative and fractional counts, and stops before the sums", () => {
    const f = checkContest({ ...by7, invalid: -1 }, [
      { number: 1, votes: -5 },
      { number: 2, votes: 1.5 },
    ]);
    expect(f.map((x) => x.rule)).toEqual(["nonNegative", "nonNegative", "nonNegative"]);
    expect(f[0]!.message).toBe("บัตรเสีย ต้องเป็นจำนวนเต็มที่ไม่ติดลบ (ได้ -1)");
    expect(f[1]!.message).toBe("คะแนนของผู้สมัครหมายเลข 1 ต้องเป็นจำนวนเต็มที่ไม่ติดลบ (ได้ -5)");
    expect(f[1]!.fields).toEqual(["votes.1"]);
  });

  it("refuses more stations counted than stations", () => {
    const f = checkContest({ ...by7, stationsCounted: 282 }, by7Votes);
    expect(f.map((x) => x.message)).toEqual(["หน่วยที่นับแล้ว (282) ต้องไม่เกินหน่วยเลือกตั้งทั้งหมด (281)"]);
  });

  it("refuses repeated ballot numbers", () => {
    const f = checkContest(by7, [
      { number: 1, votes: 45615 },
      { number: 1, votes: 19862 },
    ]);
    expect(f.map((x) => x.rule)).toEqual(["candidateNumbers"]);
    expect(f[0]!.message).toContain("หมายเลขผู้สมัครซ้ำกัน (1)");
  });

  it("reports every broken rule at once", () => {
    expect(rules({ ...by7, came: 200000, stationsCounted: 300 }, [{ number: 1, votes: 1 }])).toEqual([
      "ballotsEqualCame",
      "cameWithinRegistered",
      "votesEqualValid",
      "stationsCountedWithinStations",
    ]);
  });
});

describe("turnoutPercent", () => {
  it("gives the by-election's 59.19% and null with no registered voters", () => {
    expect(turnoutPercent(by7)).toBe(59.19);
    expect(turnoutPercent({ came: 0, registered: 0 })).toBeNull();
  });
});

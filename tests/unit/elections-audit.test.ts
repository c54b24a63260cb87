import { describe, expect, it } from "vitest";
import { auditChanges, entityHref, entityLabel } from "@/lib/audit/labels";
import { fieldDiff } from "@/lib/audit/log";
import { contestSnapshot } from "@/lib/elections/snapshot";

const contest = {
  position: "ส.ส. แบบแบ่งเขต",
  area: "เขต 7",
  status: "COUNTING" as const,
  registered: 10,
  stations: 2,
  stationsCounted: 1,
  came: 5,
  valid: 4,
  invalid: 1,
  noVote: 0,
  candidates: [
    { number: 10, name: "ชื่อตัวอย่าง", party: "", isSample: true, votes: 1 },
    { number: 2, name: "นายสง่า พรมเมือง", party: "เพื่อไทย", isSample: false, votes: 3 },
  ],
};

describe("contest audit entries", () => {
  it("record only what changed, a removed candidate as empty, and read in Thai in ballot-number order", () => {
    const before = contestSnapshot(contest);
    const after = contestSnapshot({
      ...contest,
      status: "OFFICIAL",
      candidates: [{ ...contest.candidates[1]!, votes: 4 }],
    });
    const diff = fieldDiff(before, after, "");
    expect(diff).toEqual({
      before: {
        status: "COUNTING",
        "candidate.2": "นายสง่า พรมเมือง (เพื่อไทย): 3 คะแนน",
        "candidate.10": "ชื่อตัวอย่าง [ชื่อตัวอย่าง]: 1 คะแนน",
      },
      after: { status: "OFFICIAL", "candidate.2": "นายสง่า พรมเมือง (เพื่อไทย): 4 คะแนน", "candidate.10": "" },
    });
    expect(auditChanges(diff.before, diff.after)).toEqual([
      { field: "status", label: "สถานะ", before: "กำลังนับคะแนน (ผลไม่เป็นทางการ)", after: "ผลอย่างเป็นทางการ" },
      {
        field: "candidate.2",
        label: "ผู้สมัครหมายเลข 2",
        before: "นายสง่า พรมเมือง (เพื่อไทย): 3 คะแนน",
        after: "นายสง่า พรมเมือง (เพื่อไทย): 4 คะแนน",
      },
      { field: "candidate.10", label: "ผู้สมัครหมายเลข 10", before: "ชื่อตัวอย่าง [ชื่อตัวอย่าง]: 1 คะแนน", after: "—" },
    ]);
    expect(fieldDiff(null, after, "")).toEqual({ before: null, after });
  });

  it("link to the staff pages of elections and contests", () => {
    expect(entityLabel("contest")).toBe("ผลคะแนนรายเขต");
    expect(entityHref("election", "3")).toBe("/admin/elections/3");
    expect(entityHref("contest", "12")).toBe("/admin/elections/contests/12");
  });
});

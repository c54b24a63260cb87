import { describe, expect, it } from "vitest";
import { fieldDiff } from "@/lib/audit/log";

describe("fieldDiff", () => {
  it("a partial update compares only the fields it names", () => {
    const before = { title: "เดิม", location: "ห้อง 1", published: true };
    expect(fieldDiff(before, { title: "ใหม่", published: true })).toEqual({
      before: { title: "เดิม" },
      after: { title: "ใหม่" },
    });
  });

  it("compares by value: equal dates and arrays are not changes, different ones are", () => {
    const before = { at: new Date("2024-01-01T00:00:00Z"), tags: ["ก", "ข"] };
    expect(fieldDiff(before, { at: new Date("2024-01-01T00:00:00Z"), tags: ["ก", "ข"] })).toEqual({
      before: {},
      after: {},
    });
    expect(fieldDiff(before, { tags: ["ข", "ก"] })).toEqual({
      before: { tags: ["ก", "ข"] },
      after: { tags: ["ข", "ก"] },
    });
  });

  it("records null and a new field", () => {
    const before: Record<string, unknown> = { photoId: 3 };
    expect(fieldDiff(before, { photoId: null, note: "x" })).toEqual({
      before: { photoId: 3, note: undefined },
      after: { photoId: null, note: "x" },
    });
  });

  it("a whole snapshot (with a `removed` marker) records fields gone from either side", () => {
    const before = { status: "COUNTING", "candidate.1": "ก: 1", "candidate.2": "ข: 2" };
    const after = { status: "COUNTING", "candidate.1": "ก: 3", "candidate.3": "ค: 0" };
    expect(fieldDiff<Record<string, string>>(before, after, "")).toEqual({
      before: { "candidate.1": "ก: 1", "candidate.2": "ข: 2", "candidate.3": "" },
      after: { "candidate.1": "ก: 3", "candidate.2": "", "candidate.3": "ค: 0" },
    });
  });

  it("with no row before, the whole new value is the entry", () => {
    expect(fieldDiff(null, { title: "ใหม่" })).toEqual({ before: null, after: { title: "ใหม่" } });
  });
});

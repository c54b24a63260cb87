import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runsOnce, zoneSensitiveSpecs } from "@/tests/helpers/e2e-zones";

const dir = path.resolve(import.meta.dirname, "../e2e");
const specs = readdirSync(dir).filter((f) => f.endsWith(".e2e.spec.ts"));

describe("end-to-end specs under the later time zones", () => {
  it("leaves out only files that skip themselves there at their top level", () => {
    expect(runsOnce('import x;\n\ntest.skip(laterZoneRun, ONCE);\n\ntest("a", () => {});')).toBe(true);
    // Inside a describe the skip covers that describe only: the file still runs.
    expect(runsOnce('test.describe("d", () => {\n  test.skip(laterZoneRun, ONCE);\n});')).toBe(false);
    // A new spec that says nothing runs in every zone.
    expect(runsOnce('test("new", () => {});')).toBe(false);
  });

  it("runs every spec file of tests/e2e in some zone, the sensitive ones in all", () => {
    const later = zoneSensitiveSpecs(dir);
    for (const f of specs) {
      const once = runsOnce(readFileSync(path.join(dir, f), "utf8"));
      expect(later.includes(f), f).toBe(!once);
    }
    expect(later).toContain("calendar.e2e.spec.ts");
    expect(later).toContain("scheduling.e2e.spec.ts");
    expect(later).not.toContain("fuzz.e2e.spec.ts");
  });

  it("only specs are in tests/e2e (helpers live in tests/helpers)", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".e2e.spec.ts"))).toEqual([]);
  });
});

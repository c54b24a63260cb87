// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { byRegion, REGIONS } from "@/lib/offices/regions";

// The catalogue, as copied from ../shared/offices.tsv (the migration offices holds the same rows).
const catalogue = readFileSync(path.resolve(import.meta.dirname, "../../lib/offices/offices.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t")[0]!);

describe("regions", () => {
  it("put each of the 77 provinces of the catalogue in exactly one region", () => {
    const listed = REGIONS.flatMap((r) => [...r.codes]);
    expect(catalogue).toHaveLength(77);
    expect([...listed].sort()).toEqual([...catalogue].sort());
  });

  it("have the sizes of the six-region division: 9, 20, 22 with Bangkok, 7, 5, 14", () => {
    expect(REGIONS.map((r) => [r.name, r.codes.length])).toEqual([
      ["ภาคเหนือ", 9],
      ["ภาคตะวันออกเฉียงเหนือ", 20],
      ["ภาคกลาง", 22],
      ["ภาคตะวันออก", 7],
      ["ภาคตะวันตก", 5],
      ["ภาคใต้", 14],
    ]);
  });

  it("group offices, in the regions' order", () => {
    const groups = byRegion([{ code: "nan" }, { code: "yala" }, { code: "phayao" }]);
    expect(groups.map((g) => [g.name, g.offices.map((o) => o.code)])).toEqual([
      ["ภาคเหนือ", ["nan", "phayao"]],
      ["ภาคตะวันออกเฉียงเหนือ", []],
      ["ภาคกลาง", []],
      ["ภาคตะวันออก", []],
      ["ภาคตะวันตก", []],
      ["ภาคใต้", ["yala"]],
    ]);
  });

  it("put an office added later, of no listed region, in a last group", () => {
    const groups = byRegion([{ code: "nan" }, { code: "newprovince" }]);
    expect(groups.at(-1)).toEqual({ key: "other", name: "สำนักงานอื่น", offices: [{ code: "newprovince" }] });
    expect(groups).toHaveLength(7);
  });
});

describe("the migration offices", () => {
  it("creates every office of the catalogue, and the central office", () => {
    const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const sql = readFileSync(
      path.join(
        dir,
        readdirSync(dir).find((d) => d.endsWith("_offices"))!,
        "migration.sql",
      ),
      "utf8",
    );
    for (const code of [...catalogue, "ect"]) expect(sql, code).toContain(`('${code}', `);
  });
});

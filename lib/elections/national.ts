import type { ContestStatus } from "@/lib/generated/prisma/enums";
import { byRegion, type RegionGroup } from "@/lib/offices/regions";
import { overallStatus, partyTally, totals, type PartyTally, type Totals } from "./summary";
import type { ContestView } from "./view";

// The national picture of a general election, built from every province's part: each provincial
// office enters and imports its own constituencies (its Election row names the central office's
// election as `nationalId`), and the central site adds them up. Pure arithmetic; the reads are in
// ./national-queries.ts.

/** A province's published part: its contests of the election's first position. */
export type ProvincePart = {
  code: string;
  name: string;
  province: string;
  /** The part's page on the province's own site (absolute). */
  href: string;
  contests: ContestView[];
};

export type ProvinceRow = {
  code: string;
  province: string;
  name: string;
  /** Null while the province has published no part. */
  href: string | null;
  constituencies: number;
  /** Official, or every station counted. */
  counted: number;
  status: ContestStatus | null;
  registered: number;
  came: number;
  turnout: number | null;
  updatedAt: Date | null;
};

export type NationalPicture = {
  provinces: ProvinceRow[];
  regions: RegionGroup<ProvinceRow>[];
  /** Provinces with a published part. */
  reporting: number;
  constituencies: number;
  counted: number;
  totals: Totals;
  tally: PartyTally[];
  status: ContestStatus;
  /** The latest count change anywhere: what the refresher compares. */
  updatedAt: Date | null;
};

/** A constituency counts as counted once official, or once all its polling stations are in. */
export function isCounted(c: Pick<ContestView, "status" | "stations" | "stationsCounted">): boolean {
  if (c.status === "OFFICIAL") return true;
  return c.status === "COUNTING" && c.stations > 0 && c.stationsCounted >= c.stations;
}

/** «นับแล้ว 5 จาก 7 เขต», or «ยังไม่มีข้อมูล» for a province without a part. */
export function countedText(row: Pick<ProvinceRow, "href" | "constituencies" | "counted">): string {
  if (row.href === null) return "ยังไม่มีข้อมูล";
  return `นับแล้ว ${row.counted} จาก ${row.constituencies} เขต`;
}

const latest = (dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

/** Every province in `offices` (the 77, in directory order), with its part's figures if it has one. */
export function buildNationalPicture(
  offices: readonly { code: string; name: string; province: string }[],
  parts: readonly ProvincePart[],
): NationalPicture {
  const byCode = new Map(parts.map((p) => [p.code, p]));
  const provinces = offices.map((o): ProvinceRow => {
    const part = byCode.get(o.code);
    const contests = part?.contests ?? [];
    const t = totals(contests);
    return {
      code: o.code,
      province: o.province,
      name: o.name,
      href: part?.href ?? null,
      constituencies: contests.length,
      counted: contests.filter(isCounted).length,
      status: part ? overallStatus(contests) : null,
      registered: t.registered,
      came: t.came,
      turnout: t.turnout,
      updatedAt: latest(contests.map((c) => c.countUpdatedAt)),
    };
  });
  const contests = parts.flatMap((p) => p.contests);
  return {
    provinces,
    regions: byRegion(provinces),
    reporting: parts.length,
    constituencies: contests.length,
    counted: contests.filter(isCounted).length,
    totals: totals(contests),
    tally: partyTally(contests),
    status: overallStatus(contests),
    updatedAt: latest(provinces.map((p) => p.updatedAt)),
  };
}

/** A part's contests of one position: the first position its contests name (as the province totals do). */
export function firstPosition(contests: readonly ContestView[]): ContestView[] {
  const position = contests[0]?.position;
  return contests.filter((c) => c.position === position);
}

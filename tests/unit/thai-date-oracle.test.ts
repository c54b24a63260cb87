// Month grids and fiscal years of every month from 2500 to 2600 BE against Intl alone: the weekday
// of the 1st and the length of each month come from Intl.DateTimeFormat in Asia/Bangkok, read at
// noon instants built with Date.UTC, so no code under test takes part in the oracle.
import { describe, expect, it } from "vitest";
import { buildMonthGrid } from "@/lib/thai-date";
import { fiscalMonths, fiscalYearBounds, fiscalYearOf, fiscalYearOfDay } from "@/lib/procurement/fiscal-year";

const BANGKOK = "Asia/Bangkok";
const parts = (f: Intl.DateTimeFormat, ms: number) =>
  Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value])) as Record<string, string>;
const civilFmt = new Intl.DateTimeFormat("en-US", {
  timeZone: BANGKOK,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
});
const wallFmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: BANGKOK,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const buddhistYear = new Intl.DateTimeFormat("th-TH-u-ca-buddhist-nu-latn", { timeZone: BANGKOK, year: "numeric" });
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_MS = 86_400_000;
// 12:00 Bangkok (UTC+7 since 1920) of a CE day; noon keeps every reading clear of midnight.
const noon = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day, 5);
const wall = (d: Date) => wallFmt.format(d).replace(", ", "T");
const pad2 = (n: number) => String(n).padStart(2, "0");

function oracle(year: number, month: number) {
  const first = parts(civilFmt, noon(year, month, 1));
  const lastDay = parts(civilFmt, noon(year, month + 1, 1) - DAY_MS);
  const beYear = Number(parts(buddhistYear, noon(year, month, 1)).year);
  return {
    firstWeekday: WEEKDAYS.indexOf(first.weekday!),
    length: Number(lastDay.day),
    // Intl knows no fiscal year: October to December belong to the next BE year's.
    fiscalYear: Number(first.month) >= 10 ? beYear + 1 : beYear,
  };
}

describe("every month of 2500-2600 BE against Intl", () => {
  it("grids: leading days, the month's days, trailing days, 4-6 rows, neighbours", () => {
    for (let year = 1957; year <= 2057; year++) {
      for (let month = 1; month <= 12; month++) {
        const o = oracle(year, month);
        expect(o.firstWeekday).toBeGreaterThanOrEqual(0);
        const g = buildMonthGrid({ year, month }, { year: 1900, month: 1, day: 1 });
        const all = g.weeks.flat();
        const trailing = (7 - ((o.firstWeekday + o.length) % 7)) % 7;
        const where = `${year}-${pad2(month)}`;
        expect(
          all.findIndex((d) => d.inMonth),
          where,
        ).toBe(o.firstWeekday);
        expect(all.filter((d) => d.inMonth).length, where).toBe(o.length);
        expect(all.length - o.firstWeekday - o.length, where).toBe(trailing);
        expect(g.weeks.length, where).toBe((o.firstWeekday + o.length + trailing) / 7);
        const first = all[o.firstWeekday]!;
        expect(wall(first.start), where).toBe(`${where}-01T00:00`);
        expect(all[o.firstWeekday + o.length - 1]?.day, where).toBe(o.length);
        expect(g.prev).toEqual(month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 });
        expect(g.next).toEqual(month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });
      }
    }
  }, 60_000); // ~1,200 grids on a loaded shared machine: no 5 s limit

  it("fiscal years: of a month, of an instant, their months and their bounds", () => {
    for (let year = 1957; year <= 2057; year++) {
      for (let month = 1; month <= 12; month++) {
        const { fiscalYear, length } = oracle(year, month);
        const where = `${year}-${pad2(month)}`;
        expect(fiscalYearOfDay({ year, month }), where).toBe(fiscalYear);
        expect(fiscalYearOf(new Date(noon(year, month, 1))), where).toBe(fiscalYear);
        expect(fiscalYearOf(new Date(noon(year, month, length))), where).toBe(fiscalYear);
        const be = Number(parts(buddhistYear, noon(year, month, 1)).year);
        expect(fiscalMonths(fiscalYear).filter((m) => m.month === month)).toMatchObject([{ month, yearBE: be }]);
        const { start, end } = fiscalYearBounds(fiscalYear);
        expect(start.getTime()).toBeLessThanOrEqual(noon(year, month, 1));
        expect(end.getTime()).toBeGreaterThan(noon(year, month, length));
        if (month === 10) expect(wall(start), where).toBe(`${year}-10-01T00:00`);
      }
    }
  }, 60_000);
});

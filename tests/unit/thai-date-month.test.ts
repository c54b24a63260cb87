// Day keys, month URL params, month arithmetic, bounds and fiscal years of lib/thai-date.
import { describe, expect, it } from "vitest";
import {
  BANGKOK_TZ,
  addMonths,
  currentYearMonth,
  dayBounds,
  dayKeyOf,
  dayKeyString,
  fiscalYearBE,
  formatMonthParam,
  fromBangkok,
  monthBounds,
  parseMonthParam,
  todayInBangkok,
} from "@/lib/thai-date";

// en-CA prints ISO-like "2022-06-01, 00:00:00" — the oracle for wall-clock checks.
const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: BANGKOK_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});
const bangkok = (d: Date) => wallClock.format(d).replace(", ", "T");

describe("day keys", () => {
  it("a day changes at Bangkok midnight, 17:00 UTC", () => {
    expect(dayKeyOf(new Date("2022-05-31T16:59:59.999Z"))).toEqual({ year: 2022, month: 5, day: 31 });
    expect(dayKeyOf(new Date("2022-05-31T17:00:00.000Z"))).toEqual({ year: 2022, month: 6, day: 1 });
    expect(dayKeyOf(fromBangkok(2022, 6, 1, 0, 30))).toEqual({ year: 2022, month: 6, day: 1 });
    expect(todayInBangkok(new Date("2022-12-31T17:00:00Z"))).toEqual({ year: 2023, month: 1, day: 1 });
    expect(currentYearMonth(new Date("2022-12-31T16:59:59Z"))).toEqual({ year: 2022, month: 12 });
    expect(currentYearMonth(new Date("2022-12-31T17:00:00Z"))).toEqual({ year: 2023, month: 1 });
  });

  it("agrees with Intl on every Bangkok day from 2500 to 2600 BE", () => {
    for (
      let d = fromBangkok(1957, 1, 1, 12);
      d.getTime() < Date.UTC(2058, 0, 1);
      d = new Date(d.getTime() + 86_400_000)
    ) {
      expect(dayKeyString(dayKeyOf(d))).toBe(bangkok(d).slice(0, 10));
    }
  });

  it("defaults to the current instant", () => {
    const before = dayKeyString(dayKeyOf(new Date()));
    const today = dayKeyString(todayInBangkok());
    const after = dayKeyString(dayKeyOf(new Date()));
    expect([before, after]).toContain(today);
  });

  it("formats keys as ISO dates", () => {
    expect(dayKeyString({ year: 2022, month: 6, day: 1 })).toBe("2022-06-01");
    expect(dayKeyString({ year: 987, month: 12, day: 31 })).toBe("0987-12-31");
  });
});

describe("month URL params", () => {
  it("parses BE year and two-digit month", () => {
    expect(parseMonthParam("2565-06")).toEqual({ year: 2022, month: 6 });
    expect(parseMonthParam("2565-12")).toEqual({ year: 2022, month: 12 });
    expect(parseMonthParam("2400-01")).toEqual({ year: 1857, month: 1 });
    expect(parseMonthParam("2700-12")).toEqual({ year: 2157, month: 12 });
  });

  it.each([
    "2565-13",
    "2565-00",
    "x",
    "2565-6",
    "",
    " 2565-06",
    "2565-06 ",
    "2565-06\n",
    "2022-06",
    "2399-12",
    "2701-01",
    "๒๕๖๕-๐๖",
    "2565/06",
    "25650-06",
    "2565-006",
    "+2565-06",
    "2565-0x",
  ])("rejects %j", (s) => expect(parseMonthParam(s)).toBeNull());

  it("formats and round-trips", () => {
    expect(formatMonthParam({ year: 2022, month: 6 })).toBe("2565-06");
    expect(formatMonthParam({ year: 2023, month: 12 })).toBe("2566-12");
    for (let i = 0; i < 300 * 12; i++) {
      const ym = addMonths({ year: 1857, month: 1 }, i);
      expect(parseMonthParam(formatMonthParam(ym))).toEqual(ym);
    }
  });
});

describe("month arithmetic", () => {
  it("crosses year boundaries both ways", () => {
    expect(addMonths({ year: 2022, month: 12 }, 1)).toEqual({ year: 2023, month: 1 });
    expect(addMonths({ year: 2023, month: 1 }, -1)).toEqual({ year: 2022, month: 12 });
    expect(addMonths({ year: 2022, month: 6 }, 0)).toEqual({ year: 2022, month: 6 });
    expect(addMonths({ year: 2022, month: 6 }, 19)).toEqual({ year: 2024, month: 1 });
    expect(addMonths({ year: 2022, month: 6 }, -18)).toEqual({ year: 2020, month: 12 });
    expect(addMonths({ year: 2022, month: 1 }, -25)).toEqual({ year: 2019, month: 12 });
  });
});

describe("bounds", () => {
  it("a month runs from 00:00 Bangkok on the 1st to 00:00 on the next 1st", () => {
    const june = monthBounds({ year: 2022, month: 6 });
    expect(june.start.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(june.end.toISOString()).toBe("2022-06-30T17:00:00.000Z");
    const dec = monthBounds({ year: 2022, month: 12 });
    expect(dec.end.toISOString()).toBe("2022-12-31T17:00:00.000Z");
  });

  it("every month of 2500-2600 BE starts on the 1st at midnight and ends on its last day", () => {
    for (let i = 0; i < 101 * 12; i++) {
      const ym = addMonths({ year: 1957, month: 1 }, i);
      const { start, end } = monthBounds(ym);
      const mm = String(ym.month).padStart(2, "0");
      expect(bangkok(start)).toBe(`${ym.year}-${mm}-01T00:00:00`);
      const lastSecond = bangkok(new Date(end.getTime() - 1000));
      expect(lastSecond.slice(0, 8)).toBe(`${ym.year}-${mm}-`);
      expect(lastSecond.slice(10)).toBe("T23:59:59");
      expect(bangkok(end).slice(8)).toBe("01T00:00:00");
    }
  });

  it("a day runs midnight to midnight, also across month and year ends", () => {
    const d = dayBounds({ year: 2022, month: 6, day: 1 });
    expect([d.start.toISOString(), d.end.toISOString()]).toEqual([
      "2022-05-31T17:00:00.000Z",
      "2022-06-01T17:00:00.000Z",
    ]);
    const nye = dayBounds({ year: 2022, month: 12, day: 31 });
    expect(bangkok(nye.end)).toBe("2023-01-01T00:00:00");
    const leap = dayBounds({ year: 2024, month: 2, day: 29 });
    expect(bangkok(leap.end)).toBe("2024-03-01T00:00:00");
  });
});

describe("fiscal year", () => {
  it("turns over at 00:00 Bangkok on 1 October", () => {
    expect(fiscalYearBE(fromBangkok(2025, 9, 30, 23, 59, 59))).toBe(2568);
    expect(fiscalYearBE(fromBangkok(2025, 10, 1))).toBe(2569);
    expect(fiscalYearBE(new Date("2025-09-30T16:59:59Z"))).toBe(2568);
    expect(fiscalYearBE(new Date("2025-09-30T17:00:00Z"))).toBe(2569);
    expect(fiscalYearBE(fromBangkok(2026, 1, 1))).toBe(2569);
    expect(fiscalYearBE(fromBangkok(2026, 9, 30, 12))).toBe(2569);
    expect(fiscalYearBE(fromBangkok(2025, 1, 15))).toBe(2568);
  });
});

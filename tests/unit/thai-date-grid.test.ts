// Month grids and event day spans of lib/thai-date, checked day by day against Intl.
import { describe, expect, it } from "vitest";
import {
  BANGKOK_TZ,
  addMonths,
  buildMonthGrid,
  eventDayKeys,
  fromBangkok,
  type GridDay,
  type MonthGrid,
} from "@/lib/thai-date";

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: BANGKOK_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const weekdayEn = new Intl.DateTimeFormat("en-US", { timeZone: BANGKOK_TZ, weekday: "short" });
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const bangkok = (d: Date) => wallClock.format(d).replace(", ", "T");
const label = (g: MonthGrid) => g.weeks.map((w) => w.map((d) => `${d.day}${d.inMonth ? "" : "*"}`).join(" "));
const days = (g: MonthGrid): GridDay[] => g.weeks.flat();

describe("buildMonthGrid", () => {
  it("June 2565 starts on Wednesday, padded with the end of May and start of July", () => {
    const g = buildMonthGrid({ year: 2022, month: 6 }, { year: 2022, month: 6, day: 15 });
    expect(g.title).toBe("มิถุนายน 2565");
    expect(label(g)).toEqual([
      "29* 30* 31* 1 2 3 4",
      "5 6 7 8 9 10 11",
      "12 13 14 15 16 17 18",
      "19 20 21 22 23 24 25",
      "26 27 28 29 30 1* 2*",
    ]);
    const first = g.weeks[0]?.[3];
    expect(first).toMatchObject({ year: 2022, month: 6, day: 1, key: "2022-06-01", weekday: 3, inMonth: true });
    expect(first?.start.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(first?.end.toISOString()).toBe("2022-06-01T17:00:00.000Z");
    expect(g.weeks[0]?.[0]).toMatchObject({ year: 2022, month: 5, day: 29, key: "2022-05-29", inMonth: false });
    expect(g.prev).toEqual({ year: 2022, month: 5 });
    expect(g.next).toEqual({ year: 2022, month: 7 });
  });

  it("uses 4 to 6 rows as the month needs", () => {
    expect(buildMonthGrid({ year: 2015, month: 2 }).weeks).toHaveLength(4); // 1 Feb 2015 was a Sunday
    expect(buildMonthGrid({ year: 2022, month: 10 }).weeks).toHaveLength(6); // Sat 1 Oct, 31 days
    expect(label(buildMonthGrid({ year: 2022, month: 10 })).at(-1)).toBe("30 31 1* 2* 3* 4* 5*");
  });

  it("steps prev/next across December and January", () => {
    const dec = buildMonthGrid({ year: 2022, month: 12 });
    expect(dec.next).toEqual({ year: 2023, month: 1 });
    expect(dec.title).toBe("ธันวาคม 2565");
    const jan = buildMonthGrid({ year: 2023, month: 1 });
    expect(jan.prev).toEqual({ year: 2022, month: 12 });
    expect(jan.title).toBe("มกราคม 2566");
    expect(days(jan)[0]?.key).toBe("2023-01-01"); // a Sunday: no leading days
    expect(days(dec).at(-1)?.key).toBe("2022-12-31"); // a Saturday: no trailing days
    // Padding days cross the year boundary too.
    expect(days(buildMonthGrid({ year: 2023, month: 12 })).at(-1)?.key).toBe("2024-01-06");
    expect(days(buildMonthGrid({ year: 2024, month: 1 }))[0]?.key).toBe("2023-12-31");
  });

  it("marks today only, wherever it falls in the grid", () => {
    const ym = { year: 2022, month: 6 };
    const marked = (today: { year: number; month: number; day: number }) =>
      days(buildMonthGrid(ym, today))
        .filter((d) => d.isToday)
        .map((d) => d.key);
    expect(marked({ year: 2022, month: 6, day: 15 })).toEqual(["2022-06-15"]);
    expect(marked({ year: 2022, month: 5, day: 30 })).toEqual(["2022-05-30"]);
    expect(marked({ year: 2022, month: 8, day: 1 })).toEqual([]);
  });

  it("every month of 2500-2600 BE: whole weeks from Sunday, the whole month, days agree with Intl", () => {
    for (let i = 0; i < 101 * 12; i++) {
      const ym = addMonths({ year: 1957, month: 1 }, i);
      const g = buildMonthGrid(ym, { year: 1900, month: 1, day: 1 });
      expect(g.weeks.length).toBeGreaterThanOrEqual(4);
      expect(g.weeks.length).toBeLessThanOrEqual(6);
      for (const week of g.weeks) expect(week.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);

      const all = days(g);
      const inMonth = all.filter((d) => d.inMonth);
      expect(inMonth.map((d) => d.day)).toEqual(inMonth.map((_, j) => j + 1));
      expect(inMonth.every((d) => d.year === ym.year && d.month === ym.month)).toBe(true);
      expect(all.some((d) => d.isToday)).toBe(false);
      // No padding row: the first and last rows hold days of the month.
      expect(g.weeks[0]?.at(-1)?.inMonth).toBe(true);
      expect(g.weeks.at(-1)?.[0]?.inMonth).toBe(true);

      all.forEach((d, j) => {
        expect(bangkok(d.start)).toBe(`${d.key}T00:00`);
        expect(WEEKDAYS_EN[d.weekday]).toBe(weekdayEn.format(d.start));
        expect(d.end.getTime()).toBe(all[j + 1]?.start.getTime() ?? d.start.getTime() + 86_400_000);
      });
      // The day after the last one shown in the month is the 1st of the next month.
      expect(bangkok(inMonth.at(-1)?.end ?? new Date(Number.NaN)).slice(8)).toBe("01T00:00");
    }
  }, 60_000); // ~1,200 months checked against Intl: seconds on a loaded shared machine, so no 5 s limit
});

describe("eventDayKeys", () => {
  const at = (d: number, h = 0, m = 0) => fromBangkok(2022, 6, d, h, m);

  it("timed events cover start day through the day of their last moment", () => {
    expect(eventDayKeys(at(1, 9), at(1, 12), false)).toEqual(["2022-06-01"]);
    expect(eventDayKeys(at(1, 9), at(3, 12), false)).toEqual(["2022-06-01", "2022-06-02", "2022-06-03"]);
    expect(eventDayKeys(at(1, 22), at(2, 1), false)).toEqual(["2022-06-01", "2022-06-02"]);
    expect(eventDayKeys(at(1, 9), at(2, 0), false)).toEqual(["2022-06-01"]); // ends at midnight
    expect(eventDayKeys(at(1, 9), null, false)).toEqual(["2022-06-01"]);
    expect(eventDayKeys(at(1, 9), at(1, 9), false)).toEqual(["2022-06-01"]);
    expect(eventDayKeys(at(3, 9), at(1, 9), false)).toEqual(["2022-06-03"]); // end before start
  });

  it("uses Bangkok days even when UTC dates differ", () => {
    // 00:30 to 02:00 Bangkok on 1 June is still 31 May in UTC.
    expect(eventDayKeys(new Date("2022-05-31T17:30:00Z"), new Date("2022-05-31T19:00:00Z"), false)).toEqual([
      "2022-06-01",
    ]);
    // 23:00 31 May to 08:00 1 June Bangkok is one UTC date (31 May) but two Bangkok days.
    expect(eventDayKeys(new Date("2022-05-31T16:00:00Z"), new Date("2022-06-01T01:00:00Z"), false)).toEqual([
      "2022-05-31",
      "2022-06-01",
    ]);
  });

  it("all-day events end at midnight after their last day", () => {
    expect(eventDayKeys(at(1), at(2), true)).toEqual(["2022-06-01"]);
    expect(eventDayKeys(at(1), at(4), true)).toEqual(["2022-06-01", "2022-06-02", "2022-06-03"]);
    expect(eventDayKeys(at(1), null, true)).toEqual(["2022-06-01"]);
    expect(eventDayKeys(fromBangkok(2022, 12, 30), fromBangkok(2023, 1, 2), true)).toEqual([
      "2022-12-30",
      "2022-12-31",
      "2023-01-01",
    ]);
  });

  it("caps an event at 366 days", () => {
    const keys = eventDayKeys(fromBangkok(2022, 1, 1), fromBangkok(2030, 1, 1), true);
    expect(keys).toHaveLength(366);
    expect(keys[0]).toBe("2022-01-01");
    expect(keys.at(-1)).toBe("2023-01-01");
    expect(eventDayKeys(fromBangkok(2024, 1, 1), fromBangkok(2025, 1, 1), true)).toHaveLength(366); // leap year
  });
});

// The months the browser contrast checks render (tests/e2e/calendar-layouts.e2e.spec.ts) must
// between them show every layout a month can take, whatever day the suite runs on.
import { describe, expect, it } from "vitest";
import { buildMonthGrid, dayKeyString } from "@/lib/thai-date";
import { CALENDAR_LAYOUT_CASES, sampleCalendar } from "@/tests/helpers/calendar-layouts";

const grids = CALENDAR_LAYOUT_CASES.map((c) => ({ c, grid: buildMonthGrid(c.ym, c.today) }));
const ALL_COLUMNS = [0, 1, 2, 3, 4, 5, 6];

describe("calendar layout cases", () => {
  it("start on every weekday, and have 4-, 5- and 6-week months", () => {
    const firstColumns = new Set(grids.map(({ grid }) => grid.weeks[0]!.findIndex((d) => d.inMonth)));
    expect([...firstColumns].sort()).toEqual(ALL_COLUMNS);
    expect([...new Set(grids.map(({ grid }) => grid.weeks.length))].sort()).toEqual([4, 5, 6]);
  });

  it("have months with and without days of the month before, and of the month after", () => {
    const leading = grids.map(({ grid }) => grid.weeks[0]!.filter((d) => !d.inMonth).length);
    const trailing = grids.map(({ grid }) => grid.weeks.at(-1)!.filter((d) => !d.inMonth).length);
    expect(leading).toContain(0);
    expect(leading.some((n) => n > 0)).toBe(true);
    expect(trailing).toContain(0);
    expect(trailing.some((n) => n > 0)).toBe(true);
    // February 2026 (ก.พ. 2569) is the four-week month with neither.
    expect(grids[0]!.grid.weeks.flat().every((d) => d.inMonth)).toBe(true);
  });

  it("mark today exactly once, in every column, inside the month and on a leading and a trailing day", () => {
    const todays = grids.map(({ c, grid }) => {
      const marked = grid.weeks
        .flatMap((w, row) => w.map((d) => ({ d, row, last: row === grid.weeks.length - 1 })))
        .filter((x) => x.d.isToday);
      expect(marked, dayKeyString(c.today)).toHaveLength(1);
      return marked[0]!;
    });
    const inMonth = todays.filter((t) => t.d.inMonth);
    expect([...new Set(inMonth.map((t) => t.d.weekday))].sort()).toEqual(ALL_COLUMNS);
    expect(todays.some((t) => !t.d.inMonth && t.row === 0)).toBe(true);
    expect(todays.some((t) => !t.d.inMonth && t.last)).toBe(true);
  });

  it("give today a plain day, an event day and a holiday, and every column events and holidays", () => {
    const kinds = new Set<string>();
    for (const { c } of grids) {
      const cal = sampleCalendar(c);
      const days = cal.grid.weeks.flat();
      const today = days.find((d) => d.isToday)!;
      if (today.inMonth) {
        const event = (cal.eventsByDay.get(today.key)?.length ?? 0) > 0;
        const holiday = cal.holidaysByDay.has(today.key);
        kinds.add(event ? "event" : holiday ? "holiday" : "plain");
      }
      const inMonth = days.filter((d) => d.inMonth);
      const withEvents = new Set(inMonth.filter((d) => cal.eventsByDay.has(d.key)).map((d) => d.weekday));
      const withHolidays = new Set(inMonth.filter((d) => cal.holidaysByDay.has(d.key)).map((d) => d.weekday));
      expect([...withEvents].sort()).toEqual(ALL_COLUMNS);
      expect([...withHolidays].sort()).toEqual(ALL_COLUMNS);
      expect(inMonth.some((d) => (cal.eventsByDay.get(d.key)?.length ?? 0) > 3)).toBe(true);
    }
    expect([...kinds].sort()).toEqual(["event", "holiday", "plain"]);
  });
});

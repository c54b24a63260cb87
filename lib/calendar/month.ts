import { buildMonthGrid, dayKeyOf, dayKeyString, todayInBangkok, type YearMonth } from "@/lib/thai-date";
import { assembleMonthCalendar, type MonthCalendar } from "./assemble";
import { getEventsBetween, getHolidaysBetween } from "./queries";

export type { MonthCalendar } from "./assemble";

export async function getMonthCalendar(ym: YearMonth, now = new Date()): Promise<MonthCalendar> {
  const grid = buildMonthGrid(ym, todayInBangkok(now));
  const first = grid.weeks[0]![0]!;
  const lastWeek = grid.weeks[grid.weeks.length - 1]!;
  const last = lastWeek[lastWeek.length - 1]!;
  const [events, holidays] = await Promise.all([
    getEventsBetween(first.start, last.end),
    // Holidays are whole days: up to (excluding) the day the grid's last day ends in.
    getHolidaysBetween(first.key, dayKeyString(dayKeyOf(last.end))),
  ]);
  return assembleMonthCalendar(grid, events, holidays);
}

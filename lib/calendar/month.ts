import { buildMonthGrid, dayKeyString, todayInBangkok, type YearMonth } from "@/lib/thai-date";
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
    getHolidaysBetween(first.key, dayKeyString({ ...nextDay(last) })),
  ]);
  return assembleMonthCalendar(grid, events, holidays);
}

function nextDay(d: { year: number; month: number; day: number }) {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

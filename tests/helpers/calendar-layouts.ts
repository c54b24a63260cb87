// Months and pinned "today"s that together show every layout the calendar can take, for the
// browser contrast checks (tests/e2e/calendar-layouts.e2e.spec.ts). A unit test
// (tests/unit/thai-date-grid-layouts.test.ts) proves the list covers every case, so the checks do
// not depend on the day they run.
import { assembleMonthCalendar, type MonthCalendar } from "@/lib/calendar/assemble";
import type { EventView, HolidayView } from "@/lib/calendar/queries";
import { buildMonthGrid, formatMonthParam, fromBangkok, type DayKey, type YearMonth } from "@/lib/thai-date";

export interface LayoutCase {
  ym: YearMonth;
  today: DayKey;
}

const day = (year: number, month: number, d: number): DayKey => ({ year, month, day: d });

export const CALENDAR_LAYOUT_CASES: readonly LayoutCase[] = [
  // ก.พ. 2569: starts on Sunday, exactly four weeks, no days of other months.
  { ym: { year: 2026, month: 2 }, today: day(2026, 2, 10) },
  { ym: { year: 2026, month: 6 }, today: day(2026, 6, 17) },
  // ธ.ค. 2569, the month the CI failure was found in, with the day it was found.
  { ym: { year: 2026, month: 12 }, today: day(2026, 12, 6) },
  { ym: { year: 2026, month: 4 }, today: day(2026, 4, 30) },
  { ym: { year: 2026, month: 1 }, today: day(2026, 1, 16) },
  // Six-week months.
  { ym: { year: 2026, month: 5 }, today: day(2026, 5, 9) },
  { ym: { year: 2026, month: 8 }, today: day(2026, 8, 3) },
  // The full calendar shows today among another month's days: next month's grid (leading)
  // and last month's (trailing).
  { ym: { year: 2027, month: 1 }, today: day(2026, 12, 28) },
  { ym: { year: 2026, month: 11 }, today: day(2026, 12, 1) },
];

export const layoutLabel = (c: LayoutCase) =>
  `${formatMonthParam(c.ym)} (วันนี้ ${c.today.year + 543}-${String(c.today.month).padStart(2, "0")}-${String(c.today.day).padStart(2, "0")})`;

/**
 * The case's month with sample events and holidays in every column: the second week has an
 * all-day event each day (one day four, to show "และอีก"), the third a holiday each day, the
 * fourth's first three days both a holiday and a timed event; the grid's first and last days
 * (other months' days, where there are any) have events too, as real data would.
 */
export function sampleCalendar(c: LayoutCase): MonthCalendar {
  const grid = buildMonthGrid(c.ym, c.today);
  const events: EventView[] = [];
  const holidays: HolidayView[] = [];
  const add = (d: DayKey, title: string, allDay: boolean) => {
    const startsAt = fromBangkok(d.year, d.month, d.day, 0, allDay ? 0 : 30);
    const endsAt = allDay ? fromBangkok(d.year, d.month, d.day + 1) : null;
    events.push({ id: events.length + 1, title, description: "", location: "", startsAt, endsAt, allDay });
  };
  const weeks = grid.weeks;
  for (const d of weeks[1] ?? []) add(d, `ประชุมคณะทำงาน ${d.day}`, true);
  const busy = weeks[1]?.[3];
  if (busy) for (let i = 0; i < 3; i++) add(busy, `อบรมเจ้าหน้าที่ รุ่น ${i + 1}`, false);
  for (const d of weeks[2] ?? []) holidays.push({ key: d.key, name: `วันหยุดตัวอย่าง ${d.day}` });
  for (const d of (weeks[3] ?? []).slice(0, 3)) {
    holidays.push({ key: d.key, name: `วันหยุดตัวอย่าง ${d.day}` });
    add(d, `ตรวจเยี่ยมหน่วยเลือกตั้ง ${d.day}`, false);
  }
  const first = weeks[0]?.[0];
  const lastWeek = weeks[weeks.length - 1];
  const last = lastWeek?.[lastWeek.length - 1];
  if (first) add(first, "กิจกรรมต้นตาราง", true);
  if (last) add(last, "กิจกรรมท้ายตาราง", true);
  events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  return assembleMonthCalendar(grid, events, holidays);
}

import {
  buildMonthGrid,
  dayKeyString,
  eventDayKeys,
  monthBounds,
  todayInBangkok,
  type MonthGrid,
  type YearMonth,
} from "@/lib/thai-date";
import { getEventsBetween, getHolidaysBetween, type EventView, type HolidayView } from "./queries";

export type MonthCalendar = {
  grid: MonthGrid;
  /** Events of the month in start order (the list view for phones and screen readers). */
  events: EventView[];
  eventsByDay: Map<string, EventView[]>;
  holidaysByDay: Map<string, HolidayView>;
};

export async function getMonthCalendar(ym: YearMonth, now = new Date()): Promise<MonthCalendar> {
  const grid = buildMonthGrid(ym, todayInBangkok(now));
  const first = grid.weeks[0]![0]!;
  const lastWeek = grid.weeks[grid.weeks.length - 1]!;
  const last = lastWeek[lastWeek.length - 1]!;
  const visible = { start: first.start, end: last.end };
  const [events, holidays] = await Promise.all([
    getEventsBetween(visible.start, visible.end),
    getHolidaysBetween(first.key, dayKeyString({ ...nextDay(last) })),
  ]);

  const eventsByDay = new Map<string, EventView[]>();
  for (const e of events) {
    for (const key of eventDayKeys(e.startsAt, e.endsAt, e.allDay)) {
      const list = eventsByDay.get(key) ?? [];
      list.push(e);
      eventsByDay.set(key, list);
    }
  }
  const month = monthBounds(ym);
  return {
    grid,
    events: events.filter((e) => e.startsAt < month.end && (e.endsAt ? e.endsAt > month.start : e.startsAt >= month.start)),
    eventsByDay,
    holidaysByDay: new Map(holidays.map((h) => [h.key, h])),
  };
}

function nextDay(d: { year: number; month: number; day: number }) {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

import { eventDayKeys, monthBounds, type MonthGrid } from "@/lib/thai-date";
import type { EventView, HolidayView } from "./queries";

export type MonthCalendar = {
  grid: MonthGrid;
  /** Events of the month in start order (the list view for phones and screen readers). */
  events: EventView[];
  eventsByDay: Map<string, EventView[]>;
  holidaysByDay: Map<string, HolidayView>;
};

/**
 * A month's grid with the events and holidays of its visible days, keyed by day. Pure, so the
 * browser checks can render any month with a pinned "today" through the very code pages use.
 */
export function assembleMonthCalendar(grid: MonthGrid, events: EventView[], holidays: HolidayView[]): MonthCalendar {
  const eventsByDay = new Map<string, EventView[]>();
  for (const e of events) {
    for (const key of eventDayKeys(e.startsAt, e.endsAt, e.allDay)) {
      const list = eventsByDay.get(key) ?? [];
      list.push(e);
      eventsByDay.set(key, list);
    }
  }
  const month = monthBounds(grid.ym);
  return {
    grid,
    events: events.filter(
      (e) => e.startsAt < month.end && (e.endsAt ? e.endsAt > month.start : e.startsAt >= month.start),
    ),
    eventsByDay,
    holidaysByDay: new Map(holidays.map((h) => [h.key, h])),
  };
}

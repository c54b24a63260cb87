// Month grids for the public calendar, and which grid days an event lands on.

import { civilFromDays, daysFromCivil, weekdayOfDays } from "./calendar";
import { formatMonthYear } from "./format";
import { addMonths, dayKeyString, todayInBangkok } from "./month";
import { bangkokDayNumber, instantMs, startOfDayNumber } from "./parts";
import type { DayKey, YearMonth } from "./types";

export interface GridDay extends DayKey {
  /** dayKeyString of the day */
  key: string;
  inMonth: boolean;
  isToday: boolean;
  /** 0 = Sunday */
  weekday: number;
  /** 00:00 Bangkok of the day */
  start: Date;
  /** 00:00 Bangkok of the next day (exclusive) */
  end: Date;
}

export interface MonthGrid {
  ym: YearMonth;
  /** "มิถุนายน 2565" */
  title: string;
  /** Rows of 7 days, Sunday first, padded with days of the adjacent months; 4-6 rows. */
  weeks: GridDay[][];
  prev: YearMonth;
  next: YearMonth;
}

/** `today` defaults to the current Bangkok day; pass it to keep the grid cacheable and testable. */
export function buildMonthGrid(ym: YearMonth, today: DayKey = todayInBangkok()): MonthGrid {
  const next = addMonths(ym, 1);
  // Walk day numbers, not day-of-month counters, so month lengths take care of themselves.
  const first = daysFromCivil(ym.year, ym.month, 1);
  const last = daysFromCivil(next.year, next.month, 1) - 1;
  const gridStart = first - weekdayOfDays(first);
  const gridEnd = last + 6 - weekdayOfDays(last);
  const todayKey = dayKeyString(today);

  const weeks: GridDay[][] = [];
  for (let n = gridStart; n <= gridEnd; n++) {
    const k = civilFromDays(n);
    const key = dayKeyString(k);
    const day: GridDay = {
      ...k,
      key,
      inMonth: n >= first && n <= last,
      isToday: key === todayKey,
      weekday: weekdayOfDays(n),
      start: startOfDayNumber(n),
      end: startOfDayNumber(n + 1),
    };
    if (day.weekday === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push(day);
  }
  return { ym, title: formatMonthYear(ym), weeks, prev: addMonths(ym, -1), next };
}

/** Longest run of days one event may paint, so a bad end date cannot freeze a page. */
const MAX_EVENT_DAYS = 366;

/**
 * Bangkok day keys an event covers, first to last. Ends are exclusive for both kinds: a timed
 * event ending at 00:00 does not touch that day, and an all-day event is stored as 00:00 of its
 * first day to 00:00 of the day after its last. So one rule serves both and `allDay` does not
 * change the result; it stays in the signature so callers need not know that. No end: one day;
 * an end at or before the start also gives one day.
 */
export function eventDayKeys(startsAt: Date, endsAt: Date | null, _allDay: boolean): string[] {
  const first = bangkokDayNumber(startsAt);
  const lastCovered = endsAt ? bangkokDayNumber(new Date(instantMs(endsAt) - 1)) : first;
  const last = Math.min(Math.max(lastCovered, first), first + MAX_EVENT_DAYS - 1);
  const keys: string[] = [];
  for (let n = first; n <= last; n++) keys.push(dayKeyString(civilFromDays(n)));
  return keys;
}

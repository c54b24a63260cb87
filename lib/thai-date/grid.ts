// Month grids for the public calendar, and which grid days an event lands on.

import { addDays, eachDayOfInterval, endOfMonth, endOfWeek, getDay, isSameMonth, startOfWeek } from "date-fns";
import { bangkokStartOf, civil, civilDay, dayKeyOfCivil } from "./civil";
import { formatMonthYear } from "./format";
import { addMonths, dayKeyOf, dayKeyString, todayInBangkok } from "./month";
import { instantMs } from "./parts";
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
  const first = civilDay(ym.year, ym.month, 1);
  // Whole weeks, Sunday to Saturday, around the month: 4 to 6 rows as the month needs.
  const week = { in: civil, weekStartsOn: 0 } as const;
  const days = eachDayOfInterval(
    { start: startOfWeek(first, week), end: endOfWeek(endOfMonth(first, { in: civil }), week) },
    { in: civil },
  );
  const todayKey = dayKeyString(today);

  const weeks: GridDay[][] = [];
  for (const d of days) {
    const k = dayKeyOfCivil(d);
    const key = dayKeyString(k);
    const day: GridDay = {
      ...k,
      key,
      inMonth: isSameMonth(d, first, { in: civil }),
      isToday: key === todayKey,
      weekday: getDay(d, { in: civil }),
      start: bangkokStartOf(d),
      end: bangkokStartOf(addDays(d, 1, { in: civil })),
    };
    if (day.weekday === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push(day);
  }
  return { ym, title: formatMonthYear(ym), weeks, prev: addMonths(ym, -1), next: addMonths(ym, 1) };
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
  const startKey = dayKeyOf(startsAt);
  const first = civilDay(startKey.year, startKey.month, startKey.day);
  const lastKey = endsAt ? dayKeyOf(new Date(instantMs(endsAt) - 1)) : startKey;
  const lastCovered = civilDay(lastKey.year, lastKey.month, lastKey.day);
  const cap = addDays(first, MAX_EVENT_DAYS - 1, { in: civil });
  const last = lastCovered < first ? first : lastCovered > cap ? cap : lastCovered;
  return eachDayOfInterval({ start: first, end: last }, { in: civil }).map((d) => dayKeyString(dayKeyOfCivil(d)));
}

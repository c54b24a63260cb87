// Instants <-> Bangkok wall clock, by offset arithmetic on UTC milliseconds, so the result never
// depends on the server's own time zone (no local-time Date getters anywhere in this module).

import { civilFromDays, daysFromCivil, weekdayOfDays } from "./calendar";
import type { BangkokParts, DayKey } from "./types";

export const BANGKOK_TZ = "Asia/Bangkok";

export const MS_PER_DAY = 86_400_000;
export const UTC_PLUS_7_MS = 7 * 3_600_000;
// Bangkok has kept UTC+7 without DST since 1 April 1920; before that the tz database (and so
// Intl) uses Bangkok Mean Time, UTC+6:42:04. Two constants buy exact agreement with Intl.
const MEAN_TIME_OFFSET_MS = (6 * 3600 + 42 * 60 + 4) * 1000;
const UTC_PLUS_7_SINCE = Date.UTC(1920, 2, 31, 17, 17, 56);

/** UTC ms of a valid Date; Intl throws the same RangeError for an invalid one. */
export function instantMs(d: Date): number {
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid time value");
  return ms;
}

export function offsetMsAt(utcMs: number): number {
  return utcMs < UTC_PLUS_7_SINCE ? MEAN_TIME_OFFSET_MS : UTC_PLUS_7_MS;
}

/** Bangkok wall-clock time of an instant, counted as ms since 1970-01-01 00:00 wall clock. */
export function localMsOf(d: Date): number {
  const ms = instantMs(d);
  return ms + offsetMsAt(ms);
}

/**
 * Instant of a Bangkok wall-clock time. The 17m56s that never happened when clocks moved to
 * UTC+7 map forward past the jump, as Temporal's "compatible" disambiguation does.
 */
export function instantOfLocalMs(localMs: number): Date {
  const atPlus7 = localMs - UTC_PLUS_7_MS;
  return new Date(atPlus7 >= UTC_PLUS_7_SINCE ? atPlus7 : localMs - MEAN_TIME_OFFSET_MS);
}

/** Day number (days since 1970-01-01) of the Bangkok calendar day containing an instant. */
export function bangkokDayNumber(d: Date): number {
  return Math.floor(localMsOf(d) / MS_PER_DAY);
}

export function dayNumberOfKey(k: DayKey): number {
  return daysFromCivil(k.year, k.month, k.day);
}

/** Start of a Bangkok calendar day (given as a day number) as an instant. */
export function startOfDayNumber(n: number): Date {
  return instantOfLocalMs(n * MS_PER_DAY);
}

export function toBangkokParts(d: Date): BangkokParts {
  const local = localMsOf(d);
  const days = Math.floor(local / MS_PER_DAY);
  const secondOfDay = Math.floor((local - days * MS_PER_DAY) / 1000);
  return {
    ...civilFromDays(days),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay / 60) % 60,
    second: secondOfDay % 60,
    weekday: weekdayOfDays(days),
  };
}

/**
 * Instant of a Bangkok wall-clock time (CE year, month 1-12). Like Date.UTC, out-of-range
 * months, days and times roll over (month 13 = January next year, day 0 = last day before).
 */
export function fromBangkok(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const monthIndex = year * 12 + month - 1;
  const y = Math.floor(monthIndex / 12);
  const days = daysFromCivil(y, monthIndex - y * 12 + 1, day);
  return instantOfLocalMs(days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000);
}

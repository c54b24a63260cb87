// Day numbers (days since 1970-01-01) <-> calendar dates.
//
// Intl's th-TH (Buddhist) calendar is ICU's hybrid Gregorian calendar: Julian before
// 15 October 1582, Gregorian from then on. We follow it so that every date we print matches
// Intl exactly; for any date a site will really show (after 1582) this is plain Gregorian.
// Years are astronomical (1 BCE = 0), as ICU counts them (BE = year + 543).
// Algorithms: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (March-based years
// put the leap day last, so a year's length never matters mid-year).

import type { DayKey } from "./types";

/** Day number of 1582-10-15, the first Gregorian day. */
const GREGORIAN_CUTOVER = -141427;

/** Days from 0000-03-01 to 1970-01-01 in each calendar. */
const GREGORIAN_EPOCH_SHIFT = 719468;
const JULIAN_EPOCH_SHIFT = 719470;

const div = (a: number, b: number) => Math.floor(a / b);

function gregorianDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = div(yy, 400);
  const yoe = yy - era * 400;
  const doy = div(153 * ((m + 9) % 12) + 2, 5) + d - 1;
  const doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy;
  return era * 146097 + doe - GREGORIAN_EPOCH_SHIFT;
}

function julianDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = div(yy, 4);
  const yoe = yy - era * 4;
  const doy = div(153 * ((m + 9) % 12) + 2, 5) + d - 1;
  return era * 1461 + yoe * 365 + doy - JULIAN_EPOCH_SHIFT;
}

/** Shared tail of both inverse algorithms: March-based year/day-of-year -> civil date. */
function civilFromYearDay(y: number, doy: number): DayKey {
  const mp = div(5 * doy + 2, 153);
  const day = doy - div(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? y + 1 : y, month, day };
}

function gregorianCivil(n: number): DayKey {
  const z = n + GREGORIAN_EPOCH_SHIFT;
  const era = div(z, 146097);
  const doe = z - era * 146097;
  const yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365);
  const doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100));
  return civilFromYearDay(yoe + era * 400, doy);
}

function julianCivil(n: number): DayKey {
  const z = n + JULIAN_EPOCH_SHIFT;
  const era = div(z, 1461);
  const doe = z - era * 1461;
  const yoe = div(doe - div(doe, 1460), 365);
  return civilFromYearDay(yoe + era * 4, doe - 365 * yoe);
}

/** Calendar date of a day number. */
export function civilFromDays(n: number): DayKey {
  return n >= GREGORIAN_CUTOVER ? gregorianCivil(n) : julianCivil(n);
}

/**
 * Day number of a calendar date. Month must be 1-12; the day may overflow (0 = last day of the
 * previous month, 32 = into the next), which callers use for "day after".
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const g = gregorianDays(year, month, day);
  return g >= GREGORIAN_CUTOVER ? g : julianDays(year, month, day);
}

/** 0 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDays(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

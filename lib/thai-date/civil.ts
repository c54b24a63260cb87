// Calendar arithmetic (weekdays, month lengths, stepping months and days) by date-fns, on
// calendar days held as UTC midnights: a day is a date, not an instant, so it needs no offset.
// parts.ts alone turns a day into its Bangkok instant (bangkokStartOf).
//
// CivilDate is a Date whose local-time fields are its UTC fields, handed to date-fns through its
// `in:` context option, so no date-fns function ever reads the process's time zone. Why not
// @date-fns/tz's `tz("Asia/Bangkok")`: (1) its TZDate writes fields through the local-time
// setters and corrects by the process's own offset, which this module promises never to touch
// (tests/unit/thai-date.test.ts spies on it); (2) before 1 April 1920 Bangkok ran on mean time,
// UTC+06:42:04, and TZDate 1.5.0 steps that offset in whole minutes, so each `addDays` lands 4 s
// short of midnight, on the previous day, while month URLs reach back to BE 2400 (1857).
// No caller reaches years before 1582 (month URLs start in 1857, event dates in 1957), where
// date-fns would count Gregorian and ICU (so calendar.ts) Julian.

import { fromBangkok } from "./parts";
import type { DayKey, YearMonth } from "./types";

class CivilDate extends Date {
  /** How date-fns makes new dates "of the same kind" (its constructFrom). */
  [Symbol.for("constructDateFrom")](value: Date | number | string): CivilDate {
    return new CivilDate(+new Date(value));
  }
}

// Every local-time getter and setter becomes its UTC twin; getTimezoneOffset, which has none, is 0.
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  const utc = name.replace(/^(get|set)/, "$1UTC");
  if (utc === name || name.includes("UTC") || !(utc in Date.prototype)) continue;
  Object.defineProperty(CivilDate.prototype, name, {
    value: (Date.prototype as unknown as Record<string, unknown>)[utc],
    writable: true,
    configurable: true,
  });
}
Object.defineProperty(CivilDate.prototype, "getTimezoneOffset", { value: () => 0, configurable: true });

/** The `in:` option of date-fns functions that work on civil days. */
export const civil = (value: Date | number | string): CivilDate => new CivilDate(+new Date(value));

/** A calendar day (CE, month 1-12) as a date-fns date; the day may overflow as in Date.UTC. */
export function civilDay(year: number, month: number, day = 1): Date {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const d = new CivilDate(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

export function dayKeyOfCivil(d: Date): DayKey {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function yearMonthOfCivil(d: Date): YearMonth {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** 00:00 Bangkok of a civil day, as an instant. */
export function bangkokStartOf(d: Date): Date {
  return fromBangkok(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

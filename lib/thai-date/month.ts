// Calendar days and months in Bangkok: keys, URL params, month arithmetic and the instant
// ranges that database queries filter on.

import { addMonths as addMonthsFns, getYear } from "date-fns";
import { civilFromDays } from "./calendar";
import { civil, civilDay, yearMonthOfCivil } from "./civil";
import { isoYear } from "./format";
import { toBE, toCE } from "./names";
import { bangkokDayNumber, dayNumberOfKey, fromBangkok, startOfDayNumber, toBangkokParts } from "./parts";
import type { DayKey, YearMonth } from "./types";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The Bangkok calendar day of an instant. */
export function dayKeyOf(d: Date): DayKey {
  return civilFromDays(bangkokDayNumber(d));
}

/** "2022-06-01" (CE, ISO form) — stable for map keys and <time dateTime>. */
export function dayKeyString(k: DayKey): string {
  return `${isoYear(k.year)}-${pad2(k.month)}-${pad2(k.day)}`;
}

export function todayInBangkok(now: Date = new Date()): DayKey {
  return dayKeyOf(now);
}

export function currentYearMonth(now: Date = new Date()): YearMonth {
  const { year, month } = toBangkokParts(now);
  return { year, month };
}

// BE years 2400-2700 (1857-2157 CE) cover anything the site can hold; a tighter window keeps
// crawlers and typos from building grids for year 0001.
const MONTH_PARAM = /^(\d{4})-(\d{2})$/;
const MIN_BE = 2400;
const MAX_BE = 2700;

/** "2565-06" (BE year, two-digit month) from a URL -> {2022, 6}; anything else -> null. */
export function parseMonthParam(s: string): YearMonth | null {
  const match = MONTH_PARAM.exec(s);
  if (!match) return null;
  const be = Number(match[1]);
  const month = Number(match[2]);
  if (be < MIN_BE || be > MAX_BE || month < 1 || month > 12) return null;
  return { year: toCE(be), month };
}

/** {2022, 6} -> "2565-06" */
export function formatMonthParam(ym: YearMonth): string {
  return `${toBE(ym.year)}-${pad2(ym.month)}`;
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  return yearMonthOfCivil(addMonthsFns(civilDay(ym.year, ym.month, 1), n, { in: civil }));
}

/** 00:00 Bangkok on the 1st, up to (excluding) 00:00 Bangkok on the 1st of the next month. */
export function monthBounds(ym: YearMonth): { start: Date; end: Date } {
  const next = addMonths(ym, 1);
  return { start: fromBangkok(ym.year, ym.month, 1), end: fromBangkok(next.year, next.month, 1) };
}

/** 00:00 Bangkok on the day, up to (excluding) 00:00 Bangkok on the next day. */
export function dayBounds(k: DayKey): { start: Date; end: Date } {
  const n = dayNumberOfKey(k);
  return { start: startOfDayNumber(n), end: startOfDayNumber(n + 1) };
}

/** Thai fiscal year (1 Oct - 30 Sep), named by the BE year it ends in: 2025-10-01 -> 2569. */
export function fiscalYearBE(d: Date): number {
  const { year, month } = toBangkokParts(d);
  return fiscalYearOfMonth({ year, month });
}

/**
 * Fiscal year (BE) of a month (CE): the calendar year three months on, since the fiscal year
 * starts three months before the calendar year does (October 2025 + 3 = January 2026 -> 2569).
 */
export function fiscalYearOfMonth(ym: YearMonth): number {
  return toBE(getYear(addMonthsFns(civilDay(ym.year, ym.month, 1), 3, { in: civil }), { in: civil }));
}

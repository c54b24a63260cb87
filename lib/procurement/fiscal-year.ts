import { addMonths, addYears, eachMonthOfInterval } from "date-fns";
import {
  bangkokStartOf,
  civil,
  civilDay,
  fiscalYearBE,
  fiscalYearOfMonth,
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  toBE,
  toCE,
  todayInBangkok,
  yearMonthOfCivil,
} from "@/lib/thai-date";

// Thai fiscal years: 1 October – 30 September, named by the Buddhist-era year they end in
// (ปีงบประมาณ 2569 = 1 Oct 2025 – 30 Sep 2026). Month arithmetic by date-fns on civil days and
// instants in Bangkok time, both via lib/thai-date, so the server's time zone never matters.

/** Fiscal year (BE) of an instant, in Bangkok time whatever the server's time zone. */
export const fiscalYearOf = fiscalYearBE;

/** Fiscal year (BE) of a calendar day given in CE (as staff type it: 2025-10-01 → 2569). */
export function fiscalYearOfDay(day: { year: number; month: number }): number {
  return fiscalYearOfMonth(day);
}

/** 1 October (CE) that opens fiscal year `fy`, as a civil day. */
const firstDayOf = (fy: number) => civilDay(toCE(fy) - 1, 10, 1);

/** The fiscal year today is in. */
export function currentFiscalYear(): number {
  return fiscalYearOfDay(todayInBangkok());
}

/** First instant of the fiscal year and first instant of the next (Bangkok midnight). */
export function fiscalYearBounds(fy: number): { start: Date; end: Date } {
  const first = firstDayOf(fy);
  return { start: bangkokStartOf(first), end: bangkokStartOf(addYears(first, 1, { in: civil })) };
}

export type FiscalMonth = { month: number; yearBE: number; name: string; short: string };

/** The twelve months of a fiscal year in order, ต.ค. of the year before to ก.ย. */
export function fiscalMonths(fy: number): FiscalMonth[] {
  const first = firstDayOf(fy);
  return eachMonthOfInterval({ start: first, end: addMonths(first, 11, { in: civil }) }, { in: civil }).map((d) => {
    const { year, month } = yearMonthOfCivil(d);
    return { month, yearBE: toBE(year), name: THAI_MONTHS[month - 1]!, short: THAI_MONTHS_SHORT[month - 1]! };
  });
}

/** "ตุลาคม 2568": the month of a monthly summary in fiscal year `fy`. */
export function fiscalMonthLabel(fy: number, month: number): string {
  return `${THAI_MONTHS[month - 1] ?? month} ${month >= 10 ? fy - 1 : fy}`;
}

/** Years staff may enter: far enough back for old records, one year ahead for next year's plan. */
export const MIN_FISCAL_YEAR = 2540;
export function maxFiscalYear(): number {
  return currentFiscalYear() + 1;
}

/** "2569" from the address → 2569; anything that is not four digits → null (the caller 404s). */
export function parseFiscalYearParam(raw: string | undefined): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

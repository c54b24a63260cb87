import { fiscalYearBE, fromBangkok, THAI_MONTHS, THAI_MONTHS_SHORT, toBE, todayInBangkok } from "@/lib/thai-date";

// Thai fiscal years: 1 October – 30 September, named by the Buddhist-era year they end in
// (ปีงบประมาณ 2569 = 1 Oct 2025 – 30 Sep 2026). All arithmetic in Bangkok time via lib/thai-date.

/** Fiscal year (BE) of an instant, in Bangkok time whatever the server's time zone. */
export const fiscalYearOf = fiscalYearBE;

/** Fiscal year (BE) of a calendar day given in CE (as staff type it: 2025-10-01 → 2569). */
export function fiscalYearOfDay(day: { year: number; month: number }): number {
  return toBE(day.month >= 10 ? day.year + 1 : day.year);
}

/** The fiscal year today is in. */
export function currentFiscalYear(): number {
  return fiscalYearOfDay(todayInBangkok());
}

/** First instant of the fiscal year and first instant of the next (Bangkok midnight). */
export function fiscalYearBounds(fy: number): { start: Date; end: Date } {
  const endCE = fy - 543;
  return { start: fromBangkok(endCE - 1, 10, 1), end: fromBangkok(endCE, 10, 1) };
}

export type FiscalMonth = { month: number; yearBE: number; name: string; short: string };

/** The twelve months of a fiscal year in order, ต.ค. of the year before to ก.ย. */
export function fiscalMonths(fy: number): FiscalMonth[] {
  return [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((month) => ({
    month,
    yearBE: month >= 10 ? fy - 1 : fy,
    name: THAI_MONTHS[month - 1]!,
    short: THAI_MONTHS_SHORT[month - 1]!,
  }));
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

// Bangkok wall-clock → instant. Bangkok is UTC+7 all year (no daylight saving). Kept local to the
// seed so that demo data does not depend on the app's date module.
export function bkk(y: number, m: number, d: number, hh = 0, mm = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, hh - 7, mm));
}

/** The Bangkok calendar date (year, month 1–12, day) of an instant. */
export function bkkParts(at: Date): { y: number; m: number; d: number } {
  const shifted = new Date(at.getTime() + 7 * 3600_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

/** A Bangkok wall-clock time `days` days before `now`'s Bangkok date (days may be negative). */
export function bkkDaysFrom(now: Date, days: number, hh = 0, mm = 0): Date {
  const { y, m, d } = bkkParts(now);
  return bkk(y, m, d + days, hh, mm);
}

// The one place that formats dates and does calendar arithmetic for the site (STYLE.md §6).
// Everything is computed in Asia/Bangkok, whatever time zone the server runs in.

export type { BangkokParts, DayKey, DigitStyle, YearMonth } from "./types";
export {
  CALENDAR_WEEKDAY_HEADS,
  CALENDAR_WEEKDAY_NAMES,
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  THAI_WEEKDAYS,
  toBE,
  toCE,
  toThaiDigits,
} from "./names";
export { BANGKOK_TZ, fromBangkok, toBangkokParts } from "./parts";
export {
  ENGLISH_MONTHS,
  ENGLISH_MONTHS_SHORT,
  ENGLISH_WEEKDAYS,
  formatEnglishDate,
  formatEnglishDateTime,
  formatEnglishMonthYear,
  formatEnglishTime,
} from "./english";
export {
  formatMonthYear,
  formatThaiClock,
  formatThaiDate,
  formatThaiDateTime,
  formatThaiTime,
  formatThaiTimeRange,
  toBangkokIso,
} from "./format";
export {
  addMonths,
  currentYearMonth,
  dayBounds,
  dayKeyOf,
  dayKeyString,
  fiscalYearBE,
  fiscalYearOfMonth,
  formatMonthParam,
  monthBounds,
  parseMonthParam,
  todayInBangkok,
} from "./month";
export { bangkokStartOf, civil, civilDay, dayKeyOfCivil, yearMonthOfCivil } from "./civil";
export { buildMonthGrid, eventDayKeys } from "./grid";
export type { GridDay, MonthGrid } from "./grid";
export { describeWallTime, toWallTimeInput } from "./wall-time";

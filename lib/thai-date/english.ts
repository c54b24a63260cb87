// Dates on the English pages: the Common Era and English month names, in Bangkok time like every
// other date of the site. Output is identical to Intl en-GB with timeZone Asia/Bangkok (the tests
// hold us to that), built from the same parts as the Thai forms.

const pad2 = (n: number) => String(n).padStart(2, "0");

import { nameAt } from "./names";
import { toBangkokParts } from "./parts";
import type { YearMonth } from "./types";

export const ENGLISH_MONTHS: readonly string[] = Object.freeze([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

/** As en-GB's dateStyle "medium" abbreviates them. */
export const ENGLISH_MONTHS_SHORT: readonly string[] = Object.freeze(
  ENGLISH_MONTHS.map((m) => (m === "September" ? "Sept" : m.slice(0, 3))),
);

/** Sunday first, as BangkokParts.weekday counts them. */
export const ENGLISH_WEEKDAYS: readonly string[] = Object.freeze([
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
]);

/** medium "7 Dec 2026" (en-GB dateStyle medium), long "7 December 2026", full "Monday, 7 December 2026". */
export function formatEnglishDate(d: Date, style: "medium" | "long" | "full" = "medium"): string {
  const p = toBangkokParts(d);
  const date = `${p.day} ${nameAt(style === "medium" ? ENGLISH_MONTHS_SHORT : ENGLISH_MONTHS, p.month - 1)} ${p.year}`;
  return style === "full" ? `${nameAt(ENGLISH_WEEKDAYS, p.weekday)}, ${date}` : date;
}

/** "December 2026" (Common Era). */
export function formatEnglishMonthYear(ym: YearMonth): string {
  return `${nameAt(ENGLISH_MONTHS, ym.month - 1)} ${ym.year}`;
}

/** "09:30" in Bangkok time (en-GB timeStyle short). */
export function formatEnglishTime(d: Date): string {
  const p = toBangkokParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** medium "7 Dec 2026, 09:30", long "7 December 2026 at 09:30", full "Monday, 7 December 2026 at 09:30". */
export function formatEnglishDateTime(d: Date, style: "medium" | "long" | "full" = "medium"): string {
  return `${formatEnglishDate(d, style)}${style === "medium" ? "," : " at"} ${formatEnglishTime(d)}`;
}

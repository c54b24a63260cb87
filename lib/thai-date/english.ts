// Dates on the English pages: the Common Era and English month names, in Bangkok time like every
// other date of the site. Output is identical to Intl en-GB with timeZone Asia/Bangkok (the tests
// hold us to that), built from the same parts as the Thai forms.

import { nameAt } from "./names";
import { toBangkokParts } from "./parts";

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

/** medium "7 Dec 2026" (en-GB dateStyle medium), long "7 December 2026". */
export function formatEnglishDate(d: Date, style: "medium" | "long" = "medium"): string {
  const p = toBangkokParts(d);
  return `${p.day} ${nameAt(style === "medium" ? ENGLISH_MONTHS_SHORT : ENGLISH_MONTHS, p.month - 1)} ${p.year}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** medium "7 Dec 2026, 09:30", long "7 December 2026 at 09:30" (en-GB with timeStyle short). */
export function formatEnglishDateTime(d: Date, style: "medium" | "long" = "medium"): string {
  const p = toBangkokParts(d);
  return `${formatEnglishDate(d, style)}${style === "medium" ? "," : " at"} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

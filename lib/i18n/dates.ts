import {
  formatEnglishDate,
  formatEnglishDateTime,
  formatEnglishMonthYear,
  formatEnglishTime,
  formatMonthYear,
  formatThaiDate,
  formatThaiDateTime,
  formatThaiTime,
  formatThaiTimeRange,
  type YearMonth,
} from "@/lib/thai-date";
import type { SiteLang } from "./langs";

// A page's dates in its language (both forms are lib/thai-date's, in Bangkok time).

type Style = "medium" | "long" | "full";

export function formatDate(lang: SiteLang, d: Date, style: Style = "medium"): string {
  return lang === "th" ? formatThaiDate(d, style) : formatEnglishDate(d, style);
}

export function formatDateTime(lang: SiteLang, d: Date, style: Style = "medium"): string {
  return lang === "th" ? formatThaiDateTime(d, style) : formatEnglishDateTime(d, style);
}

/** "ธันวาคม 2569" / "December 2026". */
export function formatMonth(lang: SiteLang, ym: YearMonth): string {
  return lang === "th" ? formatMonthYear(ym) : formatEnglishMonthYear(ym);
}

/** "09.30 น." / "09:30". */
export function formatTime(lang: SiteLang, d: Date): string {
  return lang === "th" ? formatThaiTime(d) : formatEnglishTime(d);
}

/** "09.30–11.00 น." / "09:30–11:00". */
export function formatTimeRange(lang: SiteLang, from: Date, to: Date): string {
  return lang === "th" ? formatThaiTimeRange(from, to) : `${formatEnglishTime(from)}–${formatEnglishTime(to)}`;
}

import { formatEnglishDate, formatEnglishDateTime, formatThaiDate, formatThaiDateTime } from "@/lib/thai-date";
import type { SiteLang } from "./langs";

// A page's dates in its language (both forms are lib/thai-date's, in Bangkok time).

export function formatDate(lang: SiteLang, d: Date, style: "medium" | "long" = "medium"): string {
  return lang === "th" ? formatThaiDate(d, style) : formatEnglishDate(d, style);
}

export function formatDateTime(lang: SiteLang, d: Date, style: "medium" | "long" = "medium"): string {
  return lang === "th" ? formatThaiDateTime(d, style) : formatEnglishDateTime(d, style);
}

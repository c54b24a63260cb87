import type { SiteLang } from "@/lib/i18n/langs";
import { formatEnglishDate, formatThaiDate, toBangkokIso } from "@/lib/thai-date";

/** «วันที่ 28 เม.ย. 2565» on Thai pages, «28 Apr 2022» on English ones. */
export function PostDate({ date, prefix, lang = "th" }: { date: Date; prefix?: string; lang?: SiteLang }) {
  return (
    <time dateTime={toBangkokIso(date)}>
      {prefix ?? (lang === "th" ? "วันที่ " : "")}
      {lang === "th" ? formatThaiDate(date, "medium") : formatEnglishDate(date, "medium")}
    </time>
  );
}

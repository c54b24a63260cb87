import type { SiteLang } from "@/lib/i18n/langs";
import { CALENDAR_WEEKDAY_HEADS, CALENDAR_WEEKDAY_NAMES, ENGLISH_WEEKDAYS } from "@/lib/thai-date";

/** `sunday`: the Sunday head's colour, light on the dark table head of the full calendar. */
export function WeekdayHeads({
  className = "",
  sunday = "text-red-700",
  lang = "th",
}: {
  className?: string;
  sunday?: string;
  lang?: SiteLang;
}) {
  const heads = lang === "th" ? CALENDAR_WEEKDAY_HEADS : ENGLISH_WEEKDAYS.map((d) => d.slice(0, 3));
  return (
    <tr>
      {heads.map((head, i) => (
        <th key={head} scope="col" className={`${className} ${i === 0 ? sunday : ""}`}>
          <abbr title={lang === "th" ? `วัน${CALENDAR_WEEKDAY_NAMES[i]}` : ENGLISH_WEEKDAYS[i]} className="no-underline">
            {head}
          </abbr>
        </th>
      ))}
    </tr>
  );
}

import { CALENDAR_WEEKDAY_HEADS, CALENDAR_WEEKDAY_NAMES } from "@/lib/thai-date";

/** `sunday`: the Sunday head's colour, light on the dark table head of the full calendar. */
export function WeekdayHeads({ className = "", sunday = "text-red-700" }: { className?: string; sunday?: string }) {
  return (
    <tr>
      {CALENDAR_WEEKDAY_HEADS.map((head, i) => (
        <th key={head} scope="col" className={`${className} ${i === 0 ? sunday : ""}`}>
          <abbr title={`วัน${CALENDAR_WEEKDAY_NAMES[i]}`} className="no-underline">
            {head}
          </abbr>
        </th>
      ))}
    </tr>
  );
}

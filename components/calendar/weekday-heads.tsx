import { CALENDAR_WEEKDAY_HEADS, CALENDAR_WEEKDAY_NAMES } from "@/lib/thai-date";

export function WeekdayHeads({ className = "" }: { className?: string }) {
  return (
    <tr>
      {CALENDAR_WEEKDAY_HEADS.map((head, i) => (
        <th key={head} scope="col" className={`${className} ${i === 0 ? "text-red-700" : ""}`}>
          <abbr title={`วัน${CALENDAR_WEEKDAY_NAMES[i]}`} className="no-underline">
            {head}
          </abbr>
        </th>
      ))}
    </tr>
  );
}

import Link from "next/link";
import type { MonthCalendar } from "@/lib/calendar/assemble";
import { formatMonthParam, formatMonthYear } from "@/lib/thai-date";
import { WeekdayHeads } from "./weekday-heads";

// The home page's small month: days with events link to the full calendar.
export function CalendarWidget({ calendar }: { calendar: MonthCalendar }) {
  const { grid, eventsByDay, holidaysByDay } = calendar;
  const monthUrl = `/calendar/${formatMonthParam(grid.ym)}`;
  return (
    <section
      aria-labelledby="calendar-widget-title"
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="calendar-widget-title" className="mb-2 text-lg font-bold text-brand-800">
        ปฏิทินกิจกรรม ตารางปฏิบัติงาน
      </h2>
      <div className="mb-2 flex items-center justify-between">
        <Link
          href={`/calendar/${formatMonthParam(grid.prev)}`}
          className="rounded px-2 py-1 font-bold text-brand-700 hover:bg-brand-50"
          aria-label={`เดือนก่อนหน้า ${formatMonthYear(grid.prev)}`}
        >
          ««
        </Link>
        <span className="font-bold">{grid.title}</span>
        <Link
          href={`/calendar/${formatMonthParam(grid.next)}`}
          className="rounded px-2 py-1 font-bold text-brand-700 hover:bg-brand-50"
          aria-label={`เดือนถัดไป ${formatMonthYear(grid.next)}`}
        >
          »»
        </Link>
      </div>
      <table className="w-full table-fixed text-center text-sm [&_td]:p-0.5">
        <caption className="sr-only">ปฏิทินเดือน{grid.title}</caption>
        <thead>
          <WeekdayHeads className="py-1 font-bold" />
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]!.key}>
              {week.map((d) => {
                const count = eventsByDay.get(d.key)?.length ?? 0;
                const holiday = holidaysByDay.get(d.key);
                const cls = [
                  "cal-day",
                  d.inMonth ? "" : "cal-out",
                  d.isToday ? "cal-today" : "",
                  count > 0 && d.inMonth ? "cal-event" : "",
                  holiday && d.inMonth && count === 0 ? "text-red-700" : "",
                ]
                  .filter(Boolean)
                  .join(" ");
                return (
                  <td key={d.key}>
                    {count > 0 && d.inMonth ? (
                      <Link
                        href={`${monthUrl}#d-${d.key}`}
                        className={cls}
                        aria-current={d.isToday ? "date" : undefined}
                        aria-label={`${d.day} มีกิจกรรม ${count} รายการ`}
                      >
                        {d.day}
                      </Link>
                    ) : (
                      <span className={cls} aria-current={d.isToday ? "date" : undefined} title={holiday?.name}>
                        {d.day}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-right">
        <Link href="/calendar" className="text-brand-700 underline">
          ดูปฏิทินทั้งหมด
        </Link>
      </p>
    </section>
  );
}

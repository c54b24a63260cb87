import type { MonthCalendar } from "@/lib/calendar/assemble";
import { formatThaiTime } from "@/lib/thai-date";
import { WeekdayHeads } from "./weekday-heads";

// The month as a table; on phones the cells show only day numbers and markers, and the event
// list below carries the details.
export function MonthGrid({ calendar }: { calendar: MonthCalendar }) {
  const { grid, eventsByDay, holidaysByDay } = calendar;
  return (
    <table className="w-full table-fixed border-collapse bg-white text-sm">
      <caption className="sr-only">ปฏิทินกิจกรรมเดือน{grid.title}</caption>
      <thead className="bg-brand-800 text-white">
        <WeekdayHeads className="py-2" sunday="text-red-200" />
      </thead>
      <tbody>
        {grid.weeks.map((week) => (
          <tr key={week[0]!.key}>
            {week.map((d) => {
              const events = d.inMonth ? (eventsByDay.get(d.key) ?? []) : [];
              const holiday = d.inMonth ? holidaysByDay.get(d.key) : undefined;
              return (
                <td
                  key={d.key}
                  data-day={d.key}
                  aria-current={d.isToday ? "date" : undefined}
                  className={`h-16 border border-slate-200 p-1 align-top md:h-28 ${d.inMonth ? "" : "bg-slate-50 text-slate-600"} ${d.isToday ? "bg-gold-400/20 outline outline-2 -outline-offset-2 outline-gold-700" : ""}`}
                >
                  <span className={`font-bold ${holiday || d.weekday === 0 ? "text-red-700" : ""}`}>
                    {d.day}
                    {d.isToday && <span className="ml-1 text-xs font-normal">(วันนี้)</span>}
                  </span>
                  {holiday && <span className="block truncate text-xs text-red-700">{holiday.name}</span>}
                  {events.length > 0 && (
                    <>
                      <span className="block md:hidden" aria-label={`${events.length} กิจกรรม`}>
                        <span aria-hidden="true" className="inline-block size-2 rounded-full bg-brand-700" />
                      </span>
                      <ul className="hidden space-y-0.5 md:block">
                        {events.slice(0, 3).map((e) => (
                          <li key={e.id} className="truncate rounded bg-brand-50 px-1 text-xs text-brand-900">
                            <a href={`#e-${e.id}`}>
                              {!e.allDay && `${formatThaiTime(e.startsAt)} `}
                              {e.title}
                            </a>
                          </li>
                        ))}
                        {events.length > 3 && <li className="text-xs">และอีก {events.length - 3} รายการ</li>}
                      </ul>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { MonthCalendar } from "@/lib/calendar/assemble";
import { formatMonth, formatTime } from "@/lib/i18n/dates";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { WeekdayHeads } from "./weekday-heads";

// The month as a table; on phones the cells show only day numbers and markers, and the event
// list below carries the details. Holidays and events are Thai as staff typed them.
export function MonthGrid({ calendar, lang = "th" }: { calendar: MonthCalendar; lang?: SiteLang }) {
  const { grid, eventsByDay, holidaysByDay } = calendar;
  const t = translator(lang);
  const thai = lang === "th" ? undefined : "th";
  return (
    <table className="w-full table-fixed border-collapse bg-white text-sm">
      <caption className="sr-only">{t("calendar.caption", { month: formatMonth(lang, grid.ym) })}</caption>
      <thead className="bg-brand-800 text-white">
        <WeekdayHeads className="py-2" sunday="text-red-200" lang={lang} />
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
                    {d.isToday && <span className="ml-1 text-xs font-normal">{t("calendar.today")}</span>}
                  </span>
                  {holiday && (
                    <span className="block truncate text-xs text-red-700" lang={thai}>
                      {holiday.name}
                    </span>
                  )}
                  {events.length > 0 && (
                    <>
                      <span className="block md:hidden" aria-label={t("calendar.events", { count: events.length })}>
                        <span aria-hidden="true" className="inline-block size-2 rounded-full bg-brand-700" />
                      </span>
                      <ul className="hidden space-y-0.5 md:block">
                        {events.slice(0, 3).map((e) => (
                          <li key={e.id} className="truncate rounded bg-brand-50 px-1 text-xs text-brand-900">
                            <a href={`#e-${e.id}`}>
                              {!e.allDay && `${formatTime(lang, e.startsAt)} `}
                              <span lang={thai}>{e.title}</span>
                            </a>
                          </li>
                        ))}
                        {events.length > 3 && (
                          <li className="text-xs">{t("calendar.more", { count: events.length - 3 })}</li>
                        )}
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

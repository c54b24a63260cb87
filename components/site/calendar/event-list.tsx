import type { EventView } from "@/lib/calendar/queries";
import { formatDate, formatDateTime, formatTimeRange } from "@/lib/i18n/dates";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator, type Translator } from "@/lib/i18n/translator";
import { dayKeyString, dayKeyOf, toBangkokIso } from "@/lib/thai-date";

function when(e: EventView, lang: SiteLang, t: Translator): string {
  const startDay = formatDate(lang, e.startsAt, "full");
  if (e.allDay) {
    // endsAt is exclusive (00:00 of the day after); show the last day itself.
    const last = e.endsAt ? new Date(e.endsAt.getTime() - 1) : null;
    const sameDay = !last || dayKeyString(dayKeyOf(last)) === dayKeyString(dayKeyOf(e.startsAt));
    return sameDay
      ? t("calendar.allDay", { day: startDay })
      : t("calendar.range", { from: startDay, to: formatDate(lang, last, "full") });
  }
  const start = formatDateTime(lang, e.startsAt, "full");
  if (!e.endsAt) return start;
  const sameDay = dayKeyString(dayKeyOf(e.endsAt)) === dayKeyString(dayKeyOf(e.startsAt));
  return sameDay
    ? t("calendar.timeRange", { day: startDay, times: formatTimeRange(lang, e.startsAt, e.endsAt) })
    : t("calendar.range", { from: start, to: formatDateTime(lang, e.endsAt, "full") });
}

/** What staff typed (title, place, description) is Thai, and marked so on English pages. */
export function EventList({ events, title, lang = "th" }: { events: EventView[]; title: string; lang?: SiteLang }) {
  const t = translator(lang);
  const thai = lang === "th" ? undefined : "th";
  return (
    <section aria-labelledby="event-list-title" className="mt-8">
      <h2 id="event-list-title" className="mb-3 text-xl font-bold text-brand-900">
        {title}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-600">{t("calendar.none")}</p>
      ) : (
        <ol className="space-y-3">
          {events.map((e) => (
            <li key={e.id} id={`e-${e.id}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-bold text-brand-800" lang={thai}>
                {e.title}
              </h3>
              <p className="text-sm text-slate-700">
                <time dateTime={toBangkokIso(e.startsAt)}>{when(e, lang, t)}</time>
              </p>
              {e.location && (
                <p className="text-sm">
                  {t("calendar.place")}
                  <span lang={thai}>{e.location}</span>
                </p>
              )}
              {e.description && (
                <p className="mt-1 text-slate-700" lang={thai}>
                  {e.description}
                </p>
              )}
              <p className="mt-1 text-sm">
                <a href={`/events/${e.id}.ics`} className="text-brand-700 underline">
                  {t("calendar.addToMine")}
                  <span className="sr-only"> : {e.title}</span> (.ics)
                </a>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-sm">
        <a href="/calendar.ics" className="text-brand-700 underline">
          {t("calendar.follow")}
        </a>
      </p>
    </section>
  );
}

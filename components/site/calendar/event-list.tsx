import type { EventView } from "@/lib/calendar/queries";
import {
  dayKeyString,
  dayKeyOf,
  formatThaiDate,
  formatThaiDateTime,
  formatThaiTimeRange,
  toBangkokIso,
} from "@/lib/thai-date";

function when(e: EventView): string {
  const startDay = formatThaiDate(e.startsAt, "full");
  if (e.allDay) {
    // endsAt is exclusive (00:00 of the day after); show the last day itself.
    const last = e.endsAt ? new Date(e.endsAt.getTime() - 1) : null;
    const sameDay = !last || dayKeyString(dayKeyOf(last)) === dayKeyString(dayKeyOf(e.startsAt));
    return sameDay ? `${startDay} ทั้งวัน` : `${startDay} ถึง ${formatThaiDate(last, "full")}`;
  }
  const start = formatThaiDateTime(e.startsAt, "full");
  if (!e.endsAt) return start;
  const sameDay = dayKeyString(dayKeyOf(e.endsAt)) === dayKeyString(dayKeyOf(e.startsAt));
  return sameDay
    ? `${startDay} เวลา ${formatThaiTimeRange(e.startsAt, e.endsAt)}`
    : `${start} ถึง ${formatThaiDateTime(e.endsAt, "full")}`;
}

export function EventList({ events, title }: { events: EventView[]; title: string }) {
  return (
    <section aria-labelledby="event-list-title" className="mt-8">
      <h2 id="event-list-title" className="mb-3 text-xl font-bold text-brand-900">
        {title}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-600">ไม่มีกิจกรรมในเดือนนี้</p>
      ) : (
        <ol className="space-y-3">
          {events.map((e) => (
            <li key={e.id} id={`e-${e.id}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-bold text-brand-800">{e.title}</h3>
              <p className="text-sm text-slate-700">
                <time dateTime={toBangkokIso(e.startsAt)}>{when(e)}</time>
              </p>
              {e.location && <p className="text-sm">สถานที่: {e.location}</p>}
              {e.description && <p className="mt-1 text-slate-700">{e.description}</p>}
              <p className="mt-1 text-sm">
                <a href={`/events/${e.id}.ics`} className="text-brand-700 underline">
                  เพิ่มลงปฏิทินของฉัน<span className="sr-only"> : {e.title}</span> (.ics)
                </a>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-sm">
        <a href="/calendar.ics" className="text-brand-700 underline">
          ติดตามปฏิทินกิจกรรมทั้งหมดในแอปปฏิทิน (iCalendar)
        </a>
      </p>
    </section>
  );
}

import Link from "next/link";
import type { AdminEventRow } from "@/lib/calendar/admin-queries";
import {
  dayKeyOf,
  dayKeyString,
  formatThaiDate,
  formatThaiTime,
  formatThaiTimeRange,
  toBangkokIso,
} from "@/lib/thai-date";

// The month's events for staff, unpublished ones included and marked. Text is printed by React
// (escaped), never as HTML.

export function eventWhen(e: Pick<AdminEventRow, "startsAt" | "endsAt" | "allDay">): string {
  const start = formatThaiDate(e.startsAt, "medium");
  if (e.allDay) {
    const last = e.endsAt ? new Date(e.endsAt.getTime() - 1) : e.startsAt;
    const same = dayKeyString(dayKeyOf(last)) === dayKeyString(dayKeyOf(e.startsAt));
    return same ? `${start} ทั้งวัน` : `${start} – ${formatThaiDate(last, "medium")} ทั้งวัน`;
  }
  const from = `${start} ${formatThaiTime(e.startsAt)}`;
  if (!e.endsAt) return from;
  const sameDay = dayKeyString(dayKeyOf(e.endsAt)) === dayKeyString(dayKeyOf(e.startsAt));
  return sameDay
    ? `${start} ${formatThaiTimeRange(e.startsAt, e.endsAt)}`
    : `${from} – ${formatThaiDate(e.endsAt, "medium")} ${formatThaiTime(e.endsAt)}`;
}

export function EventTable({ events, caption }: { events: AdminEventRow[]; caption: string }) {
  if (events.length === 0) return <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ไม่มีกิจกรรมในเดือนนี้</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              วันและเวลา
            </th>
            <th scope="col" className="p-3">
              กิจกรรม
            </th>
            <th scope="col" className="p-3">
              สถานที่
            </th>
            <th scope="col" className="p-3">
              การแสดงผล
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap p-3">
                <time dateTime={toBangkokIso(e.startsAt)}>{eventWhen(e)}</time>
              </td>
              <td className="p-3">
                <Link href={`/admin/events/${e.id}`} className="font-bold text-brand-700 underline">
                  {e.title}
                </Link>
              </td>
              <td className="p-3">{e.location || "—"}</td>
              <td className="p-3">
                {e.published ? (
                  <span className="font-bold text-emerald-800">แสดงบนเว็บไซต์</span>
                ) : (
                  <span className="font-bold text-slate-600">ซ่อน (ไม่แสดงบนเว็บไซต์)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

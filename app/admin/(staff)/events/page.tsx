import type { Metadata } from "next";
import Link from "next/link";
import { EventTable } from "@/components/admin/events/event-table";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listEventsOfMonth } from "@/lib/calendar/admin-queries";
import { addMonths, currentYearMonth, formatMonthParam, formatMonthYear, parseMonthParam } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "กิจกรรม" };

type Props = { searchParams: Promise<{ month?: string; saved?: string }> };

// /admin/events?month=2565-06 (Buddhist-era year, as on the public calendar).
export default async function EventsPage({ searchParams }: Props) {
  await requirePageRole("EDITOR");
  const { month, saved } = await searchParams;
  const ym = (month && parseMonthParam(month)) || currentYearMonth();
  const events = await listEventsOfMonth(ym);
  const title = formatMonthYear(ym);
  const prev = addMonths(ym, -1);
  const next = addMonths(ym, 1);
  const link = "rounded-md px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">ปฏิทินกิจกรรม</h1>
        <Link
          href={`/admin/events/new?month=${formatMonthParam(ym)}`}
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เพิ่มกิจกรรม
        </Link>
      </div>
      {saved === "deleted" && (
        <p
          role="status"
          className="mt-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          ลบกิจกรรมแล้ว
        </p>
      )}
      <nav aria-label="เลือกเดือน" className="my-4 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/admin/events?month=${formatMonthParam(prev)}`} className={link}>
          « <span className="sr-only">เดือนก่อนหน้า </span>
          {formatMonthYear(prev)}
        </Link>
        <h2 className="text-xl font-bold">{title}</h2>
        <Link href={`/admin/events?month=${formatMonthParam(next)}`} className={link}>
          <span className="sr-only">เดือนถัดไป </span>
          {formatMonthYear(next)} »
        </Link>
      </nav>
      <EventTable events={events} caption={`กิจกรรมเดือน${title}`} />
      <p className="mt-3 text-sm">
        <PublicPageLink href={`/calendar/${formatMonthParam(ym)}`} className="text-brand-700 underline">
          ดูปฏิทินเดือนนี้บนเว็บไซต์
        </PublicPageLink>
      </p>
    </>
  );
}

import type { Metadata } from "next";
import { absolute } from "@/lib/http/absolute";
import { eventJsonLd } from "@/lib/seo/event-meta";
import { jsonLdText } from "@/lib/seo/json-ld";
import { pageShareMeta } from "@/lib/seo/page-meta";
import { getSiteSettings } from "@/lib/settings/queries";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventList } from "@/components/site/calendar/event-list";
import { MonthGrid } from "@/components/site/calendar/month-grid";
import { getMonthCalendar } from "@/lib/calendar/month";
import { currentYearMonth, formatMonthParam, formatMonthYear, parseMonthParam, type YearMonth } from "@/lib/thai-date";

// /calendar is this month; /calendar/2565-06 is any month (Buddhist-era year) and can be shared.
// Cached like every public page; a short revalidate keeps "today" right across midnight.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ month?: string[] }> };

async function monthOf(params: Props["params"]): Promise<YearMonth | null> {
  const { month } = await params;
  if (!month || month.length === 0) return currentYearMonth();
  if (month.length > 1) return null;
  return parseMonthParam(month[0]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ym = await monthOf(params);
  if (!ym) return { title: "ไม่พบหน้าที่ต้องการ" };
  const title = `ปฏิทินกิจกรรม ${formatMonthYear(ym)}`;
  const path = `/calendar/${formatMonthParam(ym)}`;
  return { title, alternates: { canonical: path }, ...(await pageShareMeta({ title, path })) };
}

export default async function CalendarPage({ params }: Props) {
  const ym = await monthOf(params);
  if (!ym) notFound();
  const [calendar, settings] = await Promise.all([getMonthCalendar(ym), getSiteSettings()]);
  const { grid } = calendar;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ปฏิทินกิจกรรม ตารางปฏิบัติงาน</h1>
      <nav aria-label="เลือกเดือน" className="my-4 flex flex-wrap items-center justify-between gap-2">
        <Link
          href={`/calendar/${formatMonthParam(grid.prev)}`}
          rel="prev"
          className="rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
        >
          «« <span className="sr-only">เดือนก่อนหน้า </span>
          {formatMonthYear(grid.prev)}
        </Link>
        <h2 className="text-xl font-bold" aria-live="polite">
          {grid.title}
        </h2>
        <Link
          href={`/calendar/${formatMonthParam(grid.next)}`}
          rel="next"
          className="rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
        >
          <span className="sr-only">เดือนถัดไป </span>
          {formatMonthYear(grid.next)} »»
        </Link>
      </nav>
      <p className="mb-3 text-right">
        <Link href="/calendar" className="text-brand-700 underline">
          เดือนปัจจุบัน
        </Link>
      </p>
      {calendar.events.length > 0 && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonLdText(
              eventJsonLd(
                calendar.events,
                { name: settings.officeName, url: absolute("") },
                absolute(`/calendar/${formatMonthParam(ym)}`),
              ),
            ),
          }}
        />
      )}
      <MonthGrid calendar={calendar} />
      <EventList events={calendar.events} title={`กิจกรรมเดือน${grid.title}`} />
    </>
  );
}

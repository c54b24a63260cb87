import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteEventForm } from "@/components/admin/events/delete-event-form";
import { EventForm } from "@/components/admin/events/event-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getEventForEdit } from "@/lib/calendar/admin-queries";
import { eventToFormValues } from "@/lib/calendar/schema";
import { parseId } from "@/lib/http/params";
import { dayKeyOf, formatMonthParam, formatThaiDateTime } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "แก้ไขกิจกรรม" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditEventPage({ params, searchParams }: Props) {
  await requirePageRole("EDITOR");
  const id = parseId((await params).id);
  const event = id === null ? null : await getEventForEdit(id);
  if (!event) notFound();
  const { saved } = await searchParams;
  const month = formatMonthParam(dayKeyOf(event.startsAt));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/events?month=${month}`} className="text-brand-700 underline">
          « กลับไปปฏิทินกิจกรรม
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">แก้ไขกิจกรรม</h1>
      <p className="mb-4 text-sm text-slate-600">
        แก้ไขล่าสุด {formatThaiDateTime(event.updatedAt)}
        {event.createdByName && <> · เพิ่มโดย {event.createdByName}</>}
        {event.published && (
          <>
            {" · "}
            <PublicPageLink href={`/calendar/${month}#e-${event.id}`} className="text-brand-700 underline">
              ดูบนเว็บไซต์
            </PublicPageLink>
          </>
        )}
      </p>
      {saved === "created" && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          เพิ่มกิจกรรมแล้ว{event.published ? " และแสดงในปฏิทินบนเว็บไซต์แล้ว" : ""}
        </p>
      )}
      <div className="max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <EventForm initial={eventToFormValues(event)} id={event.id} version={event.version} />
      </div>
      <section aria-labelledby="delete-title" className="mt-8 max-w-3xl rounded-md bg-white p-5 ring-1 ring-rose-200">
        <h2 id="delete-title" className="mb-2 text-lg font-bold text-rose-900">
          ลบกิจกรรม
        </h2>
        <DeleteEventForm id={event.id} version={event.version} title={event.title} />
      </section>
    </>
  );
}

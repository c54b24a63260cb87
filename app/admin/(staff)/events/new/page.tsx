import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/admin/events/event-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { dayKeyString, parseMonthParam, todayInBangkok } from "@/lib/thai-date";

export const metadata: Metadata = { title: "เพิ่มกิจกรรม" };

type Props = { searchParams: Promise<{ month?: string }> };

export default async function NewEventPage({ searchParams }: Props) {
  await requirePageRole("EDITOR");
  const { month } = await searchParams;
  const today = todayInBangkok();
  const ym = month ? parseMonthParam(month) : null;
  // Opened from another month's list: start on that month's first day.
  const startDate =
    ym && (ym.year !== today.year || ym.month !== today.month) ? dayKeyString({ ...ym, day: 1 }) : dayKeyString(today);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/events" className="text-brand-700 underline">
          « กลับไปปฏิทินกิจกรรม
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มกิจกรรม</h1>
      <div className="max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <EventForm
          initial={{
            title: "",
            description: "",
            location: "",
            allDay: false,
            published: true,
            startDate,
            startTime: "09:00",
            endDate: "",
            endTime: "",
          }}
        />
      </div>
    </>
  );
}

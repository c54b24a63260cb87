import Link from "next/link";
import type { DashboardList } from "@/lib/admin/dashboard";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";

// Shown first and loud, only when something failed: a post that was due and is not public.
export function FailedSchedules({ list }: { list: DashboardList }) {
  if (list.total === 0) return null;
  return (
    <section aria-labelledby="failed-title" className="rounded-md bg-rose-50 p-4 ring-2 ring-rose-500">
      <h2 id="failed-title" className="text-lg font-bold text-rose-900">
        <span aria-hidden="true">⚠ </span>เผยแพร่ตามเวลาไม่สำเร็จ {list.total.toLocaleString("th-TH")} รายการ
      </h2>
      <p className="mb-2 text-rose-900">
        ข่าวเหล่านี้ถึงเวลาเผยแพร่แล้วแต่ยังไม่ขึ้นเว็บไซต์ โปรดเปิดแก้ไขตามสาเหตุแล้วเผยแพร่หรือตั้งเวลาใหม่
      </p>
      <ul className="space-y-2">
        {list.posts.map((p) => (
          <li key={p.id} className="rounded bg-white p-3 ring-1 ring-rose-200">
            <Link href={`/admin/posts/${p.id}`} className="font-bold text-brand-700 underline">
              {p.title || "(ไม่มีหัวข้อ)"}
            </Link>
            {p.scheduledAt && (
              <p className="text-sm">
                กำหนดเผยแพร่ <time dateTime={toBangkokIso(p.scheduledAt)}>{formatThaiDateTime(p.scheduledAt)}</time>
              </p>
            )}
            <p className="text-sm font-bold text-rose-900">สาเหตุ: {p.scheduleError}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

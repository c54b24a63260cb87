import Link from "next/link";

// Shown only when e-mail alerts are not getting through (lib/alerts/staff.ts alertTrouble).
export function AlertTrouble({ trouble }: { trouble: { failed: number; retrying: number } | null }) {
  if (!trouble || trouble.failed + trouble.retrying === 0) return null;
  const n = (v: number) => v.toLocaleString("th-TH");
  return (
    <section aria-labelledby="alert-trouble-title" className="rounded-md bg-rose-50 p-4 ring-2 ring-rose-500">
      <h2 id="alert-trouble-title" className="text-lg font-bold text-rose-900">
        <span aria-hidden="true">⚠ </span>ส่งอีเมลแจ้งข่าวไม่สำเร็จ
      </h2>
      <p className="text-rose-900">
        {trouble.failed > 0 && <>เลิกส่งแล้ว {n(trouble.failed)} ฉบับ (ลองครบ 10 ครั้ง) </>}
        {trouble.retrying > 0 && <>ระบบกำลังลองส่งใหม่ {n(trouble.retrying)} ฉบับ </>}
        <Link href="/admin/alerts" className="font-bold text-brand-700 underline">
          ดูสาเหตุ
        </Link>
      </p>
    </section>
  );
}

import type { AlertStats } from "@/lib/alerts/staff";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";

// /admin/alerts: who reads what, and how sending goes.

const n = (v: number) => v.toLocaleString("th-TH");
const KIND = { CONFIRM: "อีเมลยืนยัน", POST: "ข่าวใหม่", UPDATE: "การแก้ไขสำคัญ", DIGEST: "สรุปรายวัน" } as const;

export function AlertStatsView({ stats }: { stats: AlertStats }) {
  return (
    <div className="space-y-6">
      {stats.failedTotal > 0 && (
        <p role="alert" className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-2 ring-rose-500">
          ส่งอีเมลไม่สำเร็จ {n(stats.failedTotal)} ฉบับ หลังลองใหม่ครบ 10 ครั้ง โปรดแจ้งผู้ดูแลเซิร์ฟเวอร์อีเมลตามสาเหตุด้านล่าง
        </p>
      )}
      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          ["ผู้รับข่าว", stats.active],
          ["รอยืนยันอีเมล", stats.awaitingConfirmation],
          ["ยกเลิกแล้ว", stats.unsubscribed],
          ["ส่งแล้วใน 7 วัน", stats.sentLastWeek],
          ["รอส่ง", stats.waiting],
          ["กำลังลองส่งใหม่", stats.retrying],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md bg-white p-3 ring-1 ring-slate-200">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold">{n(value as number)}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full rounded-md bg-white text-left ring-1 ring-slate-200">
        <caption className="py-2 text-left font-bold">ผู้รับข่าวแต่ละหมวด</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              หมวด
            </th>
            <th scope="col" className="p-2 text-right">
              ทันทีที่เผยแพร่
            </th>
            <th scope="col" className="p-2 text-right">
              สรุปรายวัน
            </th>
            <th scope="col" className="p-2 text-right">
              รวม
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.bySection.map((s) => (
            <tr key={s.key} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {s.label}
              </th>
              <td className="p-2 text-right">{n(s.immediate)}</td>
              <td className="p-2 text-right">{n(s.daily)}</td>
              <td className="p-2 text-right font-bold">{n(s.immediate + s.daily)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stats.failed.length > 0 && (
        <section aria-labelledby="alert-errors">
          <h2 id="alert-errors" className="text-lg font-bold">
            ข้อผิดพลาดล่าสุดของการส่ง
          </h2>
          <ul className="mt-2 space-y-2">
            {stats.failed.map((f) => (
              <li key={f.id} className="rounded bg-white p-3 ring-1 ring-rose-200">
                {KIND[f.kind as keyof typeof KIND] ?? f.kind} ถึง {f.email} ·{" "}
                <time dateTime={toBangkokIso(f.at)}>{formatThaiDateTime(f.at)}</time>
                <p className="text-sm font-bold text-rose-900">สาเหตุ: {f.error}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

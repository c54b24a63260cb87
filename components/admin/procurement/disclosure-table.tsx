import Link from "next/link";
import type { AdminDisclosureRow } from "@/lib/procurement/admin-queries";
import { fiscalMonthLabel } from "@/lib/procurement/fiscal-year";
import { KIND_LABELS } from "@/lib/procurement/kinds";
import { formatThaiDate, formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";

// A fiscal year's disclosures for staff, unpublished ones included and marked.
export function DisclosureTable({ rows, caption }: { rows: AdminDisclosureRow[]; caption: string }) {
  if (rows.length === 0)
    return <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ยังไม่มีเอกสารในปีงบประมาณนี้</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              ประเภท
            </th>
            <th scope="col" className="p-3">
              เอกสาร
            </th>
            <th scope="col" className="p-3">
              วันที่ของเอกสาร
            </th>
            <th scope="col" className="p-3">
              การแสดงผล
            </th>
            <th scope="col" className="p-3">
              แก้ไขล่าสุด
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="p-3">
                {KIND_LABELS[r.kind]}
                {r.month !== null && (
                  <span className="block text-sm text-slate-600">เดือน{fiscalMonthLabel(r.fiscalYear, r.month)}</span>
                )}
              </td>
              <td className="p-3">
                <Link href={`/admin/procurement/${r.id}`} className="font-bold text-brand-700 underline">
                  {r.title}
                </Link>
              </td>
              <td className="whitespace-nowrap p-3">
                <time dateTime={toBangkokIso(r.documentDate)}>{formatThaiDate(r.documentDate)}</time>
              </td>
              <td className="p-3">
                {r.published ? (
                  <span className="font-bold text-emerald-800">เผยแพร่</span>
                ) : (
                  <span className="font-bold text-slate-600">ไม่เผยแพร่</span>
                )}
              </td>
              <td className="p-3 text-sm">
                {formatThaiDateTime(r.updatedAt)}
                {r.updatedByName && <span className="block text-slate-600">โดย {r.updatedByName}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

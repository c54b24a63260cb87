import Link from "next/link";
import type { AdminElectionRow } from "@/lib/elections/admin-queries";
import { ELECTION_KIND_LABELS } from "@/lib/elections/labels";
import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";

export function ElectionTable({ elections }: { elections: AdminElectionRow[] }) {
  if (elections.length === 0) return <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ยังไม่มีการเลือกตั้ง</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">การเลือกตั้งทั้งหมด เรียงจากวันเลือกตั้งล่าสุด</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              วันเลือกตั้ง
            </th>
            <th scope="col" className="p-3">
              การเลือกตั้ง
            </th>
            <th scope="col" className="p-3">
              เขต
            </th>
            <th scope="col" className="p-3">
              การแสดงผล
            </th>
          </tr>
        </thead>
        <tbody>
          {elections.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap p-3">
                <time dateTime={toBangkokIso(e.pollingDay)}>{formatThaiDate(e.pollingDay, "medium")}</time>
              </td>
              <td className="p-3">
                <Link href={`/admin/elections/${e.id}`} className="font-bold text-brand-700 underline">
                  {e.title}
                </Link>
                <span className="block text-sm text-slate-600">{ELECTION_KIND_LABELS[e.kind].short}</span>
              </td>
              <td className="p-3">
                {e.contests} เขต
                <span className="block text-sm text-slate-600">
                  เป็นทางการ {e.official} · กำลังนับ {e.counting} · ยังไม่เริ่ม {e.contests - e.official - e.counting}
                </span>
              </td>
              <td className="p-3">
                {e.published ? (
                  <span className="font-bold text-emerald-800">แสดงบนเว็บไซต์</span>
                ) : (
                  <span className="font-bold text-slate-600">ซ่อน</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import type { AdminContestRow } from "@/lib/elections/admin-queries";
import { fmt, turnoutPercent } from "@/lib/elections/validate";
import { formatThaiDateTime } from "@/lib/thai-date";
import { ContestStatusBadge } from "./contest-status-badge";

// The contests of one election with their status; contests whose stored figures break a rule
// (entered before the checks existed, or seeded from published data) are flagged.

export function ContestTable({ contests }: { contests: AdminContestRow[] }) {
  if (contests.length === 0)
    return <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ยังไม่มีเขต เพิ่มเขตหรือนำเข้าไฟล์ CSV</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">เขตและสถานะการนับคะแนน</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              เขต
            </th>
            <th scope="col" className="p-3">
              สถานะ
            </th>
            <th scope="col" className="p-3 text-right">
              นับแล้ว (หน่วย)
            </th>
            <th scope="col" className="p-3 text-right">
              ผู้มาใช้สิทธิ
            </th>
            <th scope="col" className="p-3">
              อัปเดต
            </th>
          </tr>
        </thead>
        <tbody>
          {contests.map((c) => {
            const turnout = turnoutPercent(c);
            return (
              <tr key={c.id} className="border-t border-slate-200 align-top">
                <td className="p-3">
                  <Link href={`/admin/elections/contests/${c.id}`} className="font-bold text-brand-700 underline">
                    {c.position} {c.area}
                  </Link>
                  <span className="block text-sm text-slate-600">ผู้สมัคร {c.candidates} คน</span>
                  {c.problems.length > 0 && (
                    <span className="mt-1 block text-sm font-bold text-rose-800">
                      ⚠ ตัวเลขไม่ผ่านการตรวจสอบ {c.problems.length} ข้อ
                    </span>
                  )}
                </td>
                <td className="p-3">
                  <ContestStatusBadge status={c.status} />
                </td>
                <td className="whitespace-nowrap p-3 text-right">
                  {fmt(c.stationsCounted)} / {fmt(c.stations)}
                </td>
                <td className="whitespace-nowrap p-3 text-right">
                  {fmt(c.came)}
                  {turnout !== null && <span className="block text-sm text-slate-600">ร้อยละ {turnout.toFixed(2)}</span>}
                </td>
                <td className="p-3 text-sm">{c.countUpdatedAt ? formatThaiDateTime(c.countUpdatedAt) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

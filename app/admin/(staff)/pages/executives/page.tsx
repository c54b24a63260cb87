import type { Metadata } from "next";
import Link from "next/link";
import { MoveExecutiveButtons } from "@/components/admin/office/move-executive-buttons";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listExecutivesForAdmin } from "@/lib/office/admin-queries";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "ผู้บริหาร" };

type Props = { searchParams: Promise<{ saved?: string }> };

const SAVED: Record<string, string> = { created: "เพิ่มผู้บริหารแล้ว", deleted: "ลบผู้บริหารแล้ว" };

export default async function ExecutivesPage({ searchParams }: Props) {
  await requirePageRole("EDITOR");
  const [executives, { saved }] = await Promise.all([listExecutivesForAdmin(), searchParams]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/pages" className="text-brand-700 underline">
          « กลับไปหน้าข้อมูลสำนักงาน
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">ผู้บริหาร</h1>
        <Link
          href="/admin/pages/executives/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เพิ่มผู้บริหาร
        </Link>
      </div>
      <p className="my-3 text-slate-700">
        แสดงในหน้า{" "}
        <PublicPageLink href="/about" className="text-brand-700 underline">
          เกี่ยวกับสำนักงาน
        </PublicPageLink>{" "}
        ตามลำดับในตารางนี้
      </p>
      {saved && SAVED[saved] && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          {SAVED[saved]}
        </p>
      )}
      {executives.length === 0 ? (
        <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ยังไม่มีรายชื่อผู้บริหาร</p>
      ) : (
        <table className="w-full max-w-5xl border-collapse bg-white text-left ring-1 ring-slate-200">
          <caption className="sr-only">รายชื่อผู้บริหารตามลำดับที่แสดง</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-3">
                ลำดับ
              </th>
              <th scope="col" className="p-3">
                ชื่อ-นามสกุล
              </th>
              <th scope="col" className="p-3">
                ตำแหน่ง
              </th>
              <th scope="col" className="p-3">
                รูป
              </th>
              <th scope="col" className="p-3">
                เลื่อน
              </th>
            </tr>
          </thead>
          <tbody>
            {executives.map((e, i) => (
              <tr key={e.id} className="border-t border-slate-200">
                <td className="p-3">{i + 1}</td>
                <td className="p-3">
                  <Link href={`/admin/pages/executives/${e.id}`} className="font-bold text-brand-700 underline">
                    {e.name}
                  </Link>
                </td>
                <td className="p-3">{e.position}</td>
                <td className="p-3">{e.hasPhoto ? "มี" : "ไม่มี"}</td>
                <td className="p-3">
                  <MoveExecutiveButtons
                    id={e.id}
                    version={e.version}
                    name={e.name}
                    first={i === 0}
                    last={i === executives.length - 1}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

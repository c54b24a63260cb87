import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listExecutivesForAdmin, listOfficePagesForAdmin } from "@/lib/office/admin-queries";
import { formatThaiDateTime } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "หน้าข้อมูลสำนักงาน" };

// The office's own pages and the executives list. Editors and admins edit them; authors cannot
// (the page guard answers 403, and every action checks again).
export default async function OfficePagesPage() {
  await requirePageRole("EDITOR");
  const [pages, executives] = await Promise.all([listOfficePagesForAdmin(), listExecutivesForAdmin()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">หน้าข้อมูลสำนักงาน</h1>
      <p className="mb-4 text-slate-700">
        บรรณาธิการและผู้ดูแลระบบแก้ไขหน้าเหล่านี้ได้ ผู้เขียนแก้ไขไม่ได้ เมื่อบันทึกแล้วหน้าเว็บสาธารณะแสดงเนื้อหาใหม่ทันที ที่อยู่ โทรศัพท์
        และลิงก์แผนที่ในหน้าติดต่อมาจาก «ตั้งค่าเว็บไซต์» (ผู้ดูแลระบบ)
      </p>
      <table className="w-full max-w-4xl border-collapse bg-white text-left ring-1 ring-slate-200">
        <caption className="sr-only">หน้าข้อมูลสำนักงาน</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              หน้า
            </th>
            <th scope="col" className="p-3">
              แก้ไขล่าสุด
            </th>
            <th scope="col" className="p-3">
              บนเว็บไซต์
            </th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.key} className="border-t border-slate-200">
              <td className="p-3">
                <Link href={`/admin/pages/${p.slug}`} className="font-bold text-brand-700 underline">
                  {p.title}
                </Link>
              </td>
              <td className="p-3">
                {p.updatedAt
                  ? `${formatThaiDateTime(p.updatedAt)}${p.updatedByName ? ` โดย ${p.updatedByName}` : ""}`
                  : "ยังไม่เคยบันทึก"}
              </td>
              <td className="p-3">
                <a href={p.path} className="text-brand-700 underline">
                  {p.path}
                </a>
              </td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <td className="p-3">
              <Link href="/admin/pages/executives" className="font-bold text-brand-700 underline">
                ผู้บริหาร
              </Link>
            </td>
            <td className="p-3">{executives.length} คน</td>
            <td className="p-3">
              <PublicPageLink href="/about" className="text-brand-700 underline">
                /about
              </PublicPageLink>
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DisclosureTable } from "@/components/admin/procurement/disclosure-table";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listDisclosureYears, listDisclosuresOfYear } from "@/lib/procurement/admin-queries";
import { currentFiscalYear, parseFiscalYearParam } from "@/lib/procurement/fiscal-year";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "เปิดเผยข้อมูลจัดซื้อจัดจ้าง" };

type Props = { searchParams: Promise<{ year?: string; saved?: string }> };

// /admin/procurement?year=2569 (Buddhist-era fiscal year). Editors and admins only.
export default async function ProcurementAdminPage({ searchParams }: Props) {
  await requirePageRole("EDITOR");
  const { year: raw, saved } = await searchParams;
  const current = currentFiscalYear();
  const years = await listDisclosureYears();
  const year = parseFiscalYearParam(raw) ?? (years.includes(current) || years.length === 0 ? current : years[0]!);
  const rows = await listDisclosuresOfYear(year);
  const shown = [...new Set([...years, current, year])].sort((a, b) => b - a);
  const link = "block rounded-md px-3 py-2 font-bold ring-1";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">เปิดเผยข้อมูลจัดซื้อจัดจ้าง</h1>
        <Link
          href={`/admin/procurement/new?year=${year}`}
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เพิ่มเอกสาร
        </Link>
      </div>
      {saved === "deleted" && (
        <p
          role="status"
          className="mt-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          ลบเอกสารแล้ว
        </p>
      )}
      <nav aria-label="เลือกปีงบประมาณ" className="my-4">
        <ul className="flex flex-wrap gap-2">
          {shown.map((y) => (
            <li key={y}>
              <Link
                href={`/admin/procurement?year=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={`${link} ${y === year ? "bg-brand-800 text-white ring-brand-800" : "text-brand-700 ring-slate-300 hover:bg-brand-50"}`}
              >
                ปีงบประมาณ {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-3 text-xl font-bold">ปีงบประมาณ {year}</h2>
      <DisclosureTable rows={rows} caption={`เอกสารการจัดซื้อจัดจ้าง ปีงบประมาณ ${year}`} />
      <p className="mt-3 text-sm">
        <PublicPageLink href={`/procurement/${year}`} className="text-brand-700 underline">
          ดูหน้าปีงบประมาณ {year} บนเว็บไซต์
        </PublicPageLink>
      </p>
    </>
  );
}

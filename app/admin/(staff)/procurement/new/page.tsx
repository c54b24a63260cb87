import type { Metadata } from "next";
import Link from "next/link";
import { DisclosureForm } from "@/components/admin/procurement/disclosure-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { env } from "@/lib/env";
import { currentFiscalYear, parseFiscalYearParam } from "@/lib/procurement/fiscal-year";
import { dayKeyString, todayInBangkok } from "@/lib/thai-date";

export const metadata: Metadata = { title: "เพิ่มเอกสารจัดซื้อจัดจ้าง" };

type Props = { searchParams: Promise<{ year?: string }> };

export default async function NewDisclosurePage({ searchParams }: Props) {
  await requirePageRole("EDITOR");
  const year = parseFiscalYearParam((await searchParams).year);
  // Opened from another year's list: keep that year unless it is this one (then derive it).
  const fiscalYear = year && year !== currentFiscalYear() ? String(year) : "";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/procurement${year ? `?year=${year}` : ""}`} className="text-brand-700 underline">
          « กลับไปรายการเอกสาร
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มเอกสารจัดซื้อจัดจ้าง</h1>
      <div className="max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <DisclosureForm
          initial={{
            kind: "ANNOUNCEMENT",
            title: "",
            documentDate: dayKeyString(todayInBangkok()),
            fiscalYear,
            month: "",
            amount: "",
            description: "",
            fileId: "",
            published: true,
          }}
          file={null}
          maxUploadBytes={env().maxUploadBytes}
        />
      </div>
    </>
  );
}

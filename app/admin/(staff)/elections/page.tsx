import type { Metadata } from "next";
import Link from "next/link";
import { ElectionTable } from "@/components/admin/elections/election-table";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listElectionsForAdmin } from "@/lib/elections/admin-queries";

export const metadata: Metadata = { title: "ผลการเลือกตั้ง" };

export default async function ElectionsPage() {
  await requirePageRole("EDITOR");
  const elections = await listElectionsForAdmin();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">ผลการเลือกตั้ง</h1>
        <Link
          href="/admin/elections/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เพิ่มการเลือกตั้ง
        </Link>
      </div>
      <ElectionTable elections={elections} />
    </>
  );
}

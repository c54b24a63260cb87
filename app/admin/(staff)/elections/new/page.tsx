import type { Metadata } from "next";
import Link from "next/link";
import { ElectionForm } from "@/components/admin/elections/election-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listNationalElections } from "@/lib/elections/national-queries";

export const metadata: Metadata = { title: "เพิ่มการเลือกตั้ง" };

export default async function NewElectionPage() {
  await requirePageRole("EDITOR");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/elections" className="text-brand-700 underline">
          « กลับไปผลการเลือกตั้ง
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มการเลือกตั้ง</h1>
      <div className="max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ElectionForm
          initial={{ kind: "MP", title: "", slug: "", pollingDate: "", description: "" }}
          nationals={await listNationalElections()}
        />
      </div>
    </>
  );
}

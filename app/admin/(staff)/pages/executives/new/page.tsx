import type { Metadata } from "next";
import Link from "next/link";
import { ExecutiveForm } from "@/components/admin/office/executive-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "เพิ่มผู้บริหาร" };

export default async function NewExecutivePage() {
  await requirePageRole("EDITOR");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/pages/executives" className="text-brand-700 underline">
          « กลับไปรายชื่อผู้บริหาร
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มผู้บริหาร</h1>
      <div className="max-w-4xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ExecutiveForm
          initial={{ name: "", position: "", phone: "", email: "" }}
          photo={null}
          maxUploadBytes={env().maxUploadBytes}
        />
      </div>
    </>
  );
}

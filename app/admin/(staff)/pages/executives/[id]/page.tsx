import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteExecutiveForm } from "@/components/admin/office/delete-executive-form";
import { ExecutiveForm } from "@/components/admin/office/executive-form";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { env } from "@/lib/env";
import { getExecutiveForEdit } from "@/lib/office/admin-queries";

export const metadata: Metadata = { title: "แก้ไขข้อมูลผู้บริหาร" };

type Props = { params: Promise<{ id: string }> };

export default async function EditExecutivePage({ params }: Props) {
  await requirePageRole("EDITOR");
  const id = parseId((await params).id);
  const executive = id === null ? null : await getExecutiveForEdit(id);
  if (!executive) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/pages/executives" className="text-brand-700 underline">
          « กลับไปรายชื่อผู้บริหาร
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">แก้ไขข้อมูลผู้บริหาร</h1>
      <div className="max-w-4xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ExecutiveForm
          initial={executive.values}
          photo={executive.photo}
          id={executive.id}
          version={executive.version}
          maxUploadBytes={env().maxUploadBytes}
        />
      </div>
      <section aria-labelledby="delete-title" className="mt-8 max-w-4xl rounded-md bg-white p-5 ring-1 ring-rose-200">
        <h2 id="delete-title" className="mb-2 text-lg font-bold text-rose-900">
          ลบผู้บริหาร
        </h2>
        <DeleteExecutiveForm id={executive.id} version={executive.version} name={executive.values.name} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteDisclosureForm } from "@/components/admin/procurement/delete-disclosure-form";
import { DisclosureForm } from "@/components/admin/procurement/disclosure-form";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { env } from "@/lib/env";
import { getDisclosureForEdit } from "@/lib/procurement/admin-queries";
import { disclosureToFormValues } from "@/lib/procurement/schema";
import { fileHref } from "@/lib/posts/view";
import { formatThaiDateTime } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "แก้ไขเอกสารจัดซื้อจัดจ้าง" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditDisclosurePage({ params, searchParams }: Props) {
  await requirePageRole("EDITOR");
  const id = parseId((await params).id);
  const d = id === null ? null : await getDisclosureForEdit(id);
  if (!d) notFound();
  const { saved } = await searchParams;
  const file = {
    id: d.file.id,
    fileName: d.file.fileName,
    mimeType: d.file.mimeType,
    size: d.file.size,
    src: fileHref(d.file),
    isImage: false,
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/procurement?year=${d.fiscalYear}`} className="text-brand-700 underline">
          « กลับไปรายการปีงบประมาณ {d.fiscalYear}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">แก้ไขเอกสารจัดซื้อจัดจ้าง</h1>
      <p className="mb-4 text-sm text-slate-600">
        แก้ไขล่าสุด {formatThaiDateTime(d.updatedAt)}
        {d.updatedBy && <> โดย {d.updatedBy.name}</>}
        {d.createdBy && <> · เพิ่มโดย {d.createdBy.name}</>}
        {d.published && (
          <>
            {" · "}
            <PublicPageLink href={`/procurement/${d.fiscalYear}#d-${d.id}`} className="text-brand-700 underline">
              ดูบนเว็บไซต์
            </PublicPageLink>
          </>
        )}
      </p>
      {saved === "created" && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          เพิ่มเอกสารแล้ว{d.published ? ` และเผยแพร่ในหน้าปีงบประมาณ ${d.fiscalYear} แล้ว` : " (ยังไม่เผยแพร่)"}
        </p>
      )}
      <div className="max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <DisclosureForm
          initial={disclosureToFormValues(d)}
          file={file}
          id={d.id}
          version={d.version}
          maxUploadBytes={env().maxUploadBytes}
        />
      </div>
      <section aria-labelledby="delete-title" className="mt-8 max-w-3xl rounded-md bg-white p-5 ring-1 ring-rose-200">
        <h2 id="delete-title" className="mb-2 text-lg font-bold text-rose-900">
          ลบเอกสาร
        </h2>
        <DeleteDisclosureForm id={d.id} version={d.version} title={d.title} />
      </section>
    </>
  );
}

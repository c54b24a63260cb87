import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfficePageForm } from "@/components/admin/office/office-page-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getOfficePageForEdit } from "@/lib/office/admin-queries";
import { officePageBySlug } from "@/lib/office/pages";
import { formatThaiDateTime } from "@/lib/thai-date";

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = officePageBySlug((await params).page);
  return { title: info ? `แก้ไข${info.defaultTitle}` : "ไม่พบหน้าที่ต้องการ" };
}

export default async function EditOfficePage({ params }: Props) {
  await requirePageRole("EDITOR");
  const info = officePageBySlug((await params).page);
  if (!info) notFound();
  const page = await getOfficePageForEdit(info.key);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/pages" className="text-brand-700 underline">
          « กลับไปหน้าข้อมูลสำนักงาน
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">แก้ไข{info.defaultTitle}</h1>
      <p className="mb-4 text-sm text-slate-700">
        {page.updatedAt ? (
          <>
            แก้ไขล่าสุด {formatThaiDateTime(page.updatedAt)}
            {page.updatedByName && <> โดย {page.updatedByName}</>}
          </>
        ) : (
          "ยังไม่เคยบันทึก"
        )}
        {" · "}
        <a href={info.path} className="text-brand-700 underline">
          ดูหน้านี้บนเว็บไซต์
        </a>
        {info.key === "ABOUT" && (
          <>
            {" · "}
            <Link href="/admin/pages/executives" className="text-brand-700 underline">
              แก้ไขรายชื่อผู้บริหาร
            </Link>
          </>
        )}
      </p>
      <div className="max-w-4xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <OfficePageForm
          pageKey={info.key}
          title={page.title}
          body={page.body}
          version={page.version}
          path={info.path}
          adminPath={`/admin/pages/${info.slug}`}
        />
      </div>
    </>
  );
}

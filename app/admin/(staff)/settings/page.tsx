import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getSettingsForEdit } from "@/lib/settings/admin-queries";
import { formatThaiDateTime } from "@/lib/thai-date";

export const metadata: Metadata = { title: "ตั้งค่าเว็บไซต์" };

export default async function SettingsPage() {
  await requirePageRole("ADMIN");
  const { values, version, updatedAt } = await getSettingsForEdit();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ตั้งค่าเว็บไซต์</h1>
      <p className="mb-4 text-slate-700">
        ข้อมูลนี้แสดงที่หัวและท้ายทุกหน้าของเว็บไซต์ เมื่อบันทึกแล้วหน้าเว็บจะแสดงข้อมูลใหม่ทันที
        {updatedAt && <> · แก้ไขล่าสุด {formatThaiDateTime(updatedAt)}</>}
      </p>
      <div className="max-w-4xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <SettingsForm initial={values} version={version} />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/admin/elections/import-form";
import { idOf } from "@/lib/admin/form-state";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getElectionForAdmin } from "@/lib/elections/admin-queries";

export const metadata: Metadata = { title: "นำเข้าผลการเลือกตั้ง" };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPage({ params }: Props) {
  await requirePageRole("EDITOR");
  const id = idOf((await params).id);
  const election = id === null ? null : await getElectionForAdmin(id);
  if (!election) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/elections/${election.id}`} className="text-brand-700 underline">« กลับไป{election.title}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">นำเข้าผลจากไฟล์ CSV</h1>
      <p className="mb-4 max-w-3xl text-slate-700">
        นำเข้าสู่: <strong>{election.title}</strong> ระบบจะแสดงตัวอย่างก่อน และนำเข้าเฉพาะเมื่อไฟล์ถูกต้องทุกบรรทัด
        ถ้ามีบรรทัดใดผิดจะไม่มีการเปลี่ยนแปลงใด ๆ เขตที่ไม่มีในไฟล์จะคงเดิม ผู้สมัครที่ไม่มีในไฟล์ของเขตนั้นจะถูกลบออก
      </p>
      <ImportForm electionId={election.id} />
    </>
  );
}

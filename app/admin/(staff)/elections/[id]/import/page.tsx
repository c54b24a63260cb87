import type { Metadata } from "next";
import { ElectionSubpageHeader } from "@/components/admin/elections/election-subpage-header";
import { ImportForm } from "@/components/admin/elections/import-form";
import { electionForEditorPage } from "@/lib/elections/admin-page";

export const metadata: Metadata = { title: "นำเข้าผลการเลือกตั้ง" };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPage({ params }: Props) {
  const election = await electionForEditorPage(params);
  return (
    <>
      <ElectionSubpageHeader election={election} title="นำเข้าผลจากไฟล์ CSV">
        <p className="mb-4 max-w-3xl text-slate-700">
          นำเข้าสู่: <strong>{election.title}</strong> ระบบจะแสดงตัวอย่างก่อน และนำเข้าเฉพาะเมื่อไฟล์ถูกต้องทุกบรรทัด
          ถ้ามีบรรทัดใดผิดจะไม่มีการเปลี่ยนแปลงใด ๆ เขตที่ไม่มีในไฟล์จะคงเดิม ผู้สมัครที่ไม่มีในไฟล์ของเขตนั้นจะถูกลบออก
        </p>
      </ElectionSubpageHeader>
      <ImportForm electionId={election.id} />
    </>
  );
}

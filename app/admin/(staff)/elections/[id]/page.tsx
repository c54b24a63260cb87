import type { Metadata } from "next";
import Link from "next/link";
import { ContestTable } from "@/components/admin/elections/contest-table";
import { ElectionForm } from "@/components/admin/elections/election-form";
import { electionForEditorPage } from "@/lib/elections/admin-page";
import { electionToFormValues } from "@/lib/elections/admin-queries";
import { listNationalElections } from "@/lib/elections/national-queries";
import { formatThaiDate } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "การเลือกตั้ง" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function ElectionPage({ params, searchParams }: Props) {
  const election = await electionForEditorPage(params);
  const { saved } = await searchParams;
  const button = "rounded-md px-4 py-2 font-bold";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/elections" className="text-brand-700 underline">
          « กลับไปผลการเลือกตั้ง
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{election.title}</h1>
      <p className="mb-4 text-sm text-slate-600">
        วันเลือกตั้ง {formatThaiDate(election.pollingDay, "long")} ·{" "}
        {election.published ? "แสดงบนเว็บไซต์" : "ซ่อน (ไม่แสดงบนเว็บไซต์)"}
        {election.published && (
          <>
            {" · "}
            <PublicPageLink href={`/elections/${election.id}`} className="text-brand-700 underline">
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
          เพิ่มการเลือกตั้งแล้ว ต่อไปเพิ่มเขตหรือนำเข้าไฟล์ CSV
        </p>
      )}
      <div className="mb-4 flex flex-wrap gap-3">
        <Link
          href={`/admin/elections/${election.id}/import`}
          className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
        >
          นำเข้าผลจากไฟล์ CSV
        </Link>
        <Link
          href={`/admin/elections/${election.id}/new-contest`}
          className={`${button} text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50`}
        >
          + เพิ่มเขต
        </Link>
      </div>
      <h2 className="mb-2 text-xl font-bold">เขตและผลคะแนน</h2>
      <ContestTable contests={election.contests} />
      <section aria-labelledby="details-title" className="mt-8 max-w-3xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <h2 id="details-title" className="mb-3 text-xl font-bold">
          ข้อมูลการเลือกตั้ง
        </h2>
        <ElectionForm
          initial={electionToFormValues(election)}
          id={election.id}
          version={election.version}
          nationals={await listNationalElections()}
        />
      </section>
    </>
  );
}

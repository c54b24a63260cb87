import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContestForm } from "@/components/admin/elections/contest-form";
import { ContestStatusBadge } from "@/components/admin/elections/contest-status-badge";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { contestToFormValues, getContestForEdit } from "@/lib/elections/admin-queries";
import { checkContest } from "@/lib/elections/validate";
import { formatThaiDateTime } from "@/lib/thai-date";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "บันทึกผลคะแนน" };

type Props = { params: Promise<{ contestId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function ContestPage({ params, searchParams }: Props) {
  await requirePageRole("EDITOR");
  const id = parseId((await params).contestId);
  const contest = id === null ? null : await getContestForEdit(id);
  if (!contest) notFound();
  const { saved } = await searchParams;
  const problems = checkContest(contest, contest.candidates);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/elections/${contest.election.id}`} className="text-brand-700 underline">
          « กลับไป{contest.election.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {contest.position} {contest.area}
      </h1>
      <p className="mb-4 text-sm text-slate-600">
        <ContestStatusBadge status={contest.status} /> · อัปเดต{" "}
        {contest.countUpdatedAt ? formatThaiDateTime(contest.countUpdatedAt) : "—"}
        {contest.election.published && (
          <>
            {" · "}
            <PublicPageLink
              href={`/elections/${contest.election.id}/contests/${contest.id}`}
              className="text-brand-700 underline"
            >
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
          เพิ่มเขตแล้ว
        </p>
      )}
      {problems.length > 0 && (
        <div className="mb-4 rounded-md bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-300">
          <p className="font-bold">ตัวเลขที่บันทึกไว้ไม่ผ่านการตรวจสอบ {problems.length} ข้อ ต้องแก้ให้ถูกต้องก่อนบันทึกครั้งต่อไป:</p>
          <ul className="list-disc pl-6">
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ContestForm initial={contestToFormValues(contest)} id={contest.id} version={contest.version} />
      </div>
    </>
  );
}

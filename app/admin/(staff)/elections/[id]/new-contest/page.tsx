import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContestForm } from "@/components/admin/elections/contest-form";
import { idOf } from "@/lib/admin/form-state";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getElectionForAdmin } from "@/lib/elections/admin-queries";

export const metadata: Metadata = { title: "เพิ่มเขต" };

type Props = { params: Promise<{ id: string }> };

const EMPTY: Record<string, string> = {
  position: "ส.ส. แบบแบ่งเขต", area: "", status: "NOT_STARTED",
  registered: "0", stations: "0", stationsCounted: "0", came: "0", valid: "0", invalid: "0", noVote: "0",
  "cand.0.number": "", "cand.0.name": "", "cand.0.party": "", "cand.0.votes": "",
};

export default async function NewContestPage({ params }: Props) {
  await requirePageRole("EDITOR");
  const id = idOf((await params).id);
  const election = id === null ? null : await getElectionForAdmin(id);
  if (!election) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/elections/${election.id}`} className="text-brand-700 underline">« กลับไป{election.title}</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มเขต</h1>
      <div className="rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ContestForm initial={EMPTY} electionId={election.id} />
      </div>
    </>
  );
}

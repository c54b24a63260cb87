import type { Metadata } from "next";
import { ContestForm } from "@/components/admin/elections/contest-form";
import { ElectionSubpageHeader } from "@/components/admin/elections/election-subpage-header";
import { electionForEditorPage } from "@/lib/elections/admin-page";

export const metadata: Metadata = { title: "เพิ่มเขต" };

type Props = { params: Promise<{ id: string }> };

const EMPTY: Record<string, string> = {
  position: "ส.ส. แบบแบ่งเขต",
  area: "",
  status: "NOT_STARTED",
  registered: "0",
  stations: "0",
  stationsCounted: "0",
  came: "0",
  valid: "0",
  invalid: "0",
  noVote: "0",
  "cand.0.number": "",
  "cand.0.name": "",
  "cand.0.party": "",
  "cand.0.votes": "",
};

export default async function NewContestPage({ params }: Props) {
  const election = await electionForEditorPage(params);
  return (
    <>
      <ElectionSubpageHeader election={election} title="เพิ่มเขต" />
      <div className="rounded-md bg-white p-5 ring-1 ring-slate-200">
        <ContestForm initial={EMPTY} electionId={election.id} />
      </div>
    </>
  );
}

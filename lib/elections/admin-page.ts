import { notFound } from "next/navigation";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getElectionForAdmin, type AdminElection } from "./admin-queries";

/** The election a staff election page is about: editors and admins only; 404 for a bad or unknown id. */
export async function electionForEditorPage(params: Promise<{ id: string }>): Promise<AdminElection> {
  await requirePageRole("EDITOR");
  const id = parseId((await params).id);
  const election = id === null ? null : await getElectionForAdmin(id);
  if (!election) notFound();
  return election;
}

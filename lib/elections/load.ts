import { cache } from "react";
import { getNationalPicture } from "./national-queries";
import { getPublicElection } from "./queries";
import { parseId } from "@/lib/http/params";

/**
 * The election of an address segment, once per request (generateMetadata and the page share it):
 * anything but a plain positive id, or an unpublished election, gives null (→ 404).
 */
export const loadElection = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getPublicElection(id);
});

/** The election and one of its contests, or null when either is not public (or does not match). */
export async function loadContest(rawElectionId: string, rawContestId: string) {
  const contestId = parseId(rawContestId);
  if (contestId === null) return null;
  const election = await loadElection(rawElectionId);
  const contest = election?.contests.find((c) => c.id === contestId);
  return election && contest ? { election, contest } : null;
}

/** A published central election and its national picture, or null when it has no provinces' parts. */
export const loadNational = cache(async (rawId: string) => {
  const election = await loadElection(rawId);
  const picture = election ? await getNationalPicture(election.id) : null;
  return election && picture ? { election, picture } : null;
});

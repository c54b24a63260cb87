import type { ContestStatus, ElectionKind } from "@/lib/generated/prisma/enums";
import type { AttachmentView } from "@/lib/posts/view";

// The shapes the public election pages and the open-data files are built from; the storage
// shape never leaves lib/elections.

export type CandidateView = {
  id: number;
  /** Ballot number (หมายเลข). */
  number: number;
  name: string;
  /** "" for an independent candidate or a referendum option. */
  party: string;
  /** A made-up demo name: pages say so. */
  isSample: boolean;
  votes: number;
};

export type ContestView = {
  id: number;
  electionId: number;
  position: string;
  area: string;
  registered: number;
  stations: number;
  stationsCounted: number;
  came: number;
  valid: number;
  invalid: number;
  noVote: number;
  status: ContestStatus;
  countUpdatedAt: Date | null;
  candidates: CandidateView[];
};

export type LinkedPostView = {
  id: number;
  title: string;
  path: string;
  publishedAt: Date;
  /** Set when the post belongs to one contest; null for the whole election. */
  contestId: number | null;
  attachments: AttachmentView[];
};

export type ElectionSummary = {
  id: number;
  kind: ElectionKind;
  title: string;
  slug: string | null;
  path: string;
  pollingDay: Date;
  description: string;
};

export type ElectionListItem = ElectionSummary & {
  contestCount: number;
  registered: number;
  came: number;
  status: ContestStatus;
};

export type ElectionView = ElectionSummary & {
  /** The central office's election this is a province's part of (./national.ts). */
  nationalId: number | null;
  contests: ContestView[];
  posts: LinkedPostView[];
};

import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContestStatus } from "@/lib/generated/prisma/enums";
import { toAttachmentView } from "@/lib/posts/view";
import { postPath } from "@/lib/posts/url";
import { overallStatus } from "./summary";
import { electionPath } from "./url";
import type { ContestView, ElectionListItem, ElectionSummary, ElectionView, LinkedPostView } from "./view";

// Public reads: only published elections, and only published announcement posts linked to them.
// Ids come parsed (lib/http/params parseId); an unknown or unpublished id answers null → 404.
export const PUBLIC = { published: true } as const;
export const CONTEST_ORDER = [{ sortOrder: "asc" }, { id: "asc" }] as const;
export const CANDIDATE_ORDER = { number: "asc" } as const;

type ElectionRow = {
  id: number;
  kind: ElectionSummary["kind"];
  title: string;
  slug: string | null;
  pollingDay: Date;
  description: string;
};

function toSummary(row: ElectionRow): ElectionSummary {
  return { ...row, path: electionPath(row.id, row.slug) };
}

/** Published elections, latest polling day first, with their province totals. */
export async function getPublishedElections(): Promise<ElectionListItem[]> {
  const rows = await getPrisma().election.findMany({
    where: PUBLIC,
    orderBy: [{ pollingDay: "desc" }, { id: "desc" }],
    include: {
      contests: { select: { position: true, registered: true, came: true, status: true }, orderBy: [...CONTEST_ORDER] },
    },
  });
  return rows.map(({ contests, ...row }) => {
    // Province totals over the first position only: a voter is counted once.
    const first = contests.filter((c) => c.position === contests[0]?.position);
    return {
      ...toSummary(row),
      contestCount: contests.length,
      registered: first.reduce((a, c) => a + c.registered, 0),
      came: first.reduce((a, c) => a + c.came, 0),
      status: overallStatus(contests),
    };
  });
}

/** A published election with every contest, its candidates and the linked published posts. */
export async function getPublicElection(id: number): Promise<ElectionView | null> {
  const row = await getPrisma().election.findFirst({
    where: { id, ...PUBLIC },
    include: {
      contests: { orderBy: [...CONTEST_ORDER], include: { candidates: { orderBy: CANDIDATE_ORDER } } },
      posts: {
        where: { post: { status: "PUBLISHED" } },
        include: {
          post: {
            select: {
              id: true,
              title: true,
              slug: true,
              publishedAt: true,
              createdAt: true,
              attachments: { include: { asset: true }, orderBy: { position: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { contests, posts, ...election } = row;
  return {
    ...toSummary(election),
    nationalId: election.nationalId,
    contests: contests.map(toContestView),
    posts: posts.map(toLinkedPost).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id),
  };
}

type ContestRow = Prisma.ContestGetPayload<{ include: { candidates: true } }>;

export function toContestView(c: ContestRow): ContestView {
  return {
    id: c.id,
    electionId: c.electionId,
    position: c.position,
    area: c.area,
    registered: c.registered,
    stations: c.stations,
    stationsCounted: c.stationsCounted,
    came: c.came,
    valid: c.valid,
    invalid: c.invalid,
    noVote: c.noVote,
    status: c.status,
    countUpdatedAt: c.countUpdatedAt,
    candidates: c.candidates.map((k) => ({
      id: k.id,
      number: k.number,
      name: k.name,
      party: k.party,
      isSample: k.isSample,
      votes: k.votes,
    })),
  };
}

type LinkRow = {
  contestId: number | null;
  post: {
    id: number;
    title: string;
    slug: string | null;
    publishedAt: Date | null;
    createdAt: Date;
    attachments: {
      label: string;
      asset: { id: number; token: string; fileName: string; mimeType: string; size: number; downloadCount: number };
    }[];
  };
};

function toLinkedPost({ contestId, post }: LinkRow): LinkedPostView {
  return {
    id: post.id,
    title: post.title,
    path: postPath(post.id, post.slug),
    publishedAt: post.publishedAt ?? post.createdAt,
    contestId,
    attachments: post.attachments.map(toAttachmentView),
  };
}

export type ContestStamp = { status: ContestStatus; countUpdatedAt: Date | null };

/** What the contest page's refresher polls: has the count moved on? Null when not public. */
export async function getContestStamp(electionId: number, contestId: number): Promise<ContestStamp | null> {
  return getPrisma().contest.findFirst({
    where: { id: contestId, electionId, election: PUBLIC },
    select: { status: true, countUpdatedAt: true },
  });
}

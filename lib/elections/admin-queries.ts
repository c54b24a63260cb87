import { getPrisma } from "@/lib/db/client";
import type { ContestStatus, ElectionKind } from "@/lib/generated/prisma/enums";
import { toBangkokParts } from "@/lib/thai-date";
import type { StoredCandidate } from "./preview";
import { checkContest, type ContestFigures } from "./validate";

// Staff reads of elections: unpublished ones included, with the versions a save must name.
// Never cached: staff must see the latest counts.

export type AdminElectionRow = {
  id: number;
  title: string;
  kind: ElectionKind;
  pollingDay: Date;
  published: boolean;
  contests: number;
  official: number;
  counting: number;
};

export async function listElectionsForAdmin(): Promise<AdminElectionRow[]> {
  const rows = await getPrisma().election.findMany({
    orderBy: [{ pollingDay: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      pollingDay: true,
      published: true,
      contests: { select: { status: true } },
    },
  });
  return rows.map(({ contests, ...e }) => ({
    ...e,
    contests: contests.length,
    official: contests.filter((c) => c.status === "OFFICIAL").length,
    counting: contests.filter((c) => c.status === "COUNTING").length,
  }));
}

export type AdminContestRow = ContestFigures & {
  id: number;
  position: string;
  area: string;
  status: ContestStatus;
  countUpdatedAt: Date | null;
  candidates: number;
  /** Thai messages of the rules the stored figures break (data entered before the checks). */
  problems: string[];
};

export type AdminElection = {
  id: number;
  version: number;
  kind: ElectionKind;
  title: string;
  slug: string | null;
  pollingDay: Date;
  description: string;
  published: boolean;
  nationalId: number | null;
  contests: AdminContestRow[];
};

export async function getElectionForAdmin(id: number): Promise<AdminElection | null> {
  const e = await getPrisma().election.findUnique({
    where: { id },
    include: {
      contests: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        include: { candidates: { select: { number: true, votes: true } } },
      },
    },
  });
  if (!e) return null;
  const { contests, createdAt: _c, updatedAt: _u, ...rest } = e;
  return {
    ...rest,
    contests: contests.map(({ candidates, electionId: _e, sortOrder: _s, version: _v, ...c }) => ({
      ...c,
      candidates: candidates.length,
      problems: checkContest(c, candidates).map((f) => f.message),
    })),
  };
}

export type AdminContest = ContestFigures & {
  id: number;
  version: number;
  position: string;
  area: string;
  status: ContestStatus;
  countUpdatedAt: Date | null;
  election: { id: number; title: string; published: boolean };
  candidates: StoredCandidate[];
};

export async function getContestForEdit(id: number): Promise<AdminContest | null> {
  const c = await getPrisma().contest.findUnique({
    where: { id },
    include: {
      election: { select: { id: true, title: true, published: true } },
      candidates: {
        orderBy: { number: "asc" },
        select: { number: true, name: true, party: true, isSample: true, votes: true },
      },
    },
  });
  if (!c) return null;
  const { electionId: _e, sortOrder: _s, ...rest } = c;
  return rest;
}

/** The contest form's initial values (what the fields show). */
export function contestToFormValues(
  c: Pick<AdminContest, "position" | "area" | "status" | "candidates"> & ContestFigures,
): Record<string, string> {
  const v: Record<string, string> = {
    position: c.position,
    area: c.area,
    status: c.status,
    registered: String(c.registered),
    stations: String(c.stations),
    stationsCounted: String(c.stationsCounted),
    came: String(c.came),
    valid: String(c.valid),
    invalid: String(c.invalid),
    noVote: String(c.noVote),
  };
  c.candidates.forEach((x, i) => {
    Object.assign(v, {
      [`cand.${i}.number`]: String(x.number),
      [`cand.${i}.name`]: x.name,
      [`cand.${i}.party`]: x.party,
      [`cand.${i}.votes`]: String(x.votes),
      ...(x.isSample ? { [`cand.${i}.sample`]: "on" } : {}),
    });
  });
  return v;
}

/** The election form's initial values. */
export function electionToFormValues(
  e: Pick<AdminElection, "kind" | "title" | "slug" | "pollingDay" | "description" | "published" | "nationalId">,
): Record<string, string> {
  const p = toBangkokParts(e.pollingDay);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    kind: e.kind,
    title: e.title,
    slug: e.slug ?? "",
    description: e.description,
    pollingDate: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    nationalId: e.nationalId === null ? "" : String(e.nationalId),
    ...(e.published ? { published: "on" } : {}),
  };
}

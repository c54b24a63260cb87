import type { Prisma } from "@/lib/generated/prisma/client";
import { audit, fieldDiff } from "@/lib/audit/log";
import type { ContestInput } from "./schema";
import { contestSnapshot } from "./snapshot";
import type { StoredContest } from "./preview";

// Writes shared by the contest form and the CSV import, always inside the caller's transaction.

type Tx = Prisma.TransactionClient;
type Counted = Pick<ContestInput, "figures" | "status"> & { candidates: StoredContest["candidates"] };

export const CONTEST_WITH_CANDIDATES = {
  candidates: { orderBy: { number: "asc" } },
} as const satisfies Prisma.ContestInclude;
type ContestRow = Prisma.ContestGetPayload<{ include: typeof CONTEST_WITH_CANDIDATES }>;

export function toStored(c: ContestRow): StoredContest {
  const { id, version, position, area, status, registered, stations, stationsCounted, came, valid, invalid, noVote } =
    c;
  return {
    id,
    version,
    position,
    area,
    status,
    figures: { registered, stations, stationsCounted, came, valid, invalid, noVote },
    candidates: c.candidates.map(({ number, name, party, isSample, votes }) => ({
      number,
      name,
      party,
      isSample,
      votes,
    })),
  };
}

// Only the columns: callers may pass rows carrying form bookkeeping (the form's row index).
const columns = (list: Counted["candidates"]) =>
  list.map(({ number, name, party, isSample, votes }) => ({ number, name, party, isSample, votes }));

const snapshotOf = (position: string, area: string, c: Counted) =>
  contestSnapshot({ position, area, ...c.figures, status: c.status, candidates: c.candidates });

/**
 * Updates a contest if it is still at `version` (else returns false and writes nothing): figures,
 * status and the full candidate list (candidates not listed are removed), then the audit entries.
 */
export async function writeContest(
  tx: Tx,
  userId: number,
  before: StoredContest,
  next: Counted & { position?: string; area?: string },
  action: "contest.update" | "contest.import",
): Promise<boolean> {
  const position = next.position ?? before.position;
  const area = next.area ?? before.area;
  // A whole snapshot: a candidate no longer listed is recorded as removed ("").
  const diff = fieldDiff(snapshotOf(before.position, before.area, before), snapshotOf(position, area, next), "");
  if (diff.before && Object.keys(diff.after).length === 0) {
    // Nothing to change: no write, no audit entry, but a stale form is still told so.
    return (await tx.contest.count({ where: { id: before.id, version: before.version } })) === 1;
  }
  const { count } = await tx.contest.updateMany({
    where: { id: before.id, version: before.version },
    data: {
      position,
      area,
      ...next.figures,
      status: next.status,
      countUpdatedAt: new Date(),
      version: { increment: 1 },
    },
  });
  if (count === 0) return false;
  const candidates = columns(next.candidates);
  await tx.candidate.deleteMany({
    where: { contestId: before.id, number: { notIn: candidates.map((c) => c.number) } },
  });
  for (const c of candidates) {
    await tx.candidate.upsert({
      where: { contestId_number: { contestId: before.id, number: c.number } },
      create: { contestId: before.id, ...c },
      update: { name: c.name, party: c.party, isSample: c.isSample, votes: c.votes },
    });
  }
  await audit(tx, { userId, action, entity: "contest", entityId: before.id, ...diff });
  if (before.status !== next.status) {
    await audit(tx, {
      userId,
      action: "contest.status_change",
      entity: "contest",
      entityId: before.id,
      before: { status: before.status },
      after: { status: next.status },
    });
  }
  return true;
}

export async function createContest(
  tx: Tx,
  userId: number,
  electionId: number,
  sortOrder: number,
  input: Counted & { position: string; area: string },
  action: "contest.create" | "contest.import",
): Promise<number> {
  const row = await tx.contest.create({
    data: {
      electionId,
      position: input.position,
      area: input.area,
      sortOrder,
      ...input.figures,
      status: input.status,
      countUpdatedAt: new Date(),
      candidates: { create: columns(input.candidates) },
    },
    select: { id: true },
  });
  await audit(tx, {
    userId,
    action,
    entity: "contest",
    entityId: row.id,
    after: snapshotOf(input.position, input.area, input),
  });
  return row.id;
}

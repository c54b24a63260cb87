import { audit } from "@/lib/audit/log";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";
import { publishInTx } from "./publish";

// What the server's scheduler (server/scheduler.ts) does on each wake-up: publish every due post
// in its own transaction and say when to wake next. A failure is written to the post
// (scheduleError, shown on the dashboard) and retried on the next wake-up until it succeeds or an
// editor unschedules the post.

/** The longest sleep: also how often failures are retried and posts scheduled elsewhere are seen. */
export const MAX_SLEEP_MS = 30_000;
// Wake a moment after the due time rather than a moment before it.
const SLACK_MS = 25;

export type DueResult = { published: number[]; failed: { id: number; error: string }[] };

/**
 * Publishes every SCHEDULED post due at `now`, of every office: each in its office's context, so
 * that its audit entry and the queries are that office's. Exported for tests.
 */
export async function publishDuePosts(
  now: Date = new Date(),
  root: PrismaClient = getRootPrisma(),
): Promise<DueResult> {
  const due = await root.post.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    select: { id: true, officeId: true },
  });
  const result: DueResult = { published: [], failed: [] };
  if (due.length === 0) return result;
  const offices = new Map((await loadDirectory(root)).map((o) => [o.id, o]));
  for (const { id, officeId } of due) {
    const office = offices.get(officeId);
    if (office) await runForOffice(office, () => publishOne(id, now, result));
  }
  return result;
}

async function publishOne(id: number, now: Date, result: DueResult): Promise<void> {
  const prisma = getPrisma();
  try {
    const done = await prisma.$transaction(async (tx) => {
      // Re-read inside the transaction: an editor may have unscheduled or published it meanwhile.
      const row = await tx.post.findFirst({
        where: { id, status: "SCHEDULED", scheduledAt: { lte: now } },
        select: { id: true, version: true, status: true, firstPublishedAt: true, scheduledAt: true, draft: true },
      });
      if (!row) return false;
      return (await publishInTx(tx, row, { now, userId: null, action: "post.publish_scheduled" })) !== "stale";
    });
    if (done) result.published.push(id);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    result.failed.push({ id, error });
    console.error(`[scheduler] post ${id} was not published:`, error);
    await recordFailure(prisma, id, error).catch(() => undefined);
  }
}

/**
 * Shown on the dashboard until a retry succeeds. Content and version stay as they were, so open
 * forms still save. Only the first failure is audited: retries every 30 s would flood the log.
 */
async function recordFailure(prisma: PrismaClient, id: number, error: string): Promise<void> {
  const scheduleError = `เผยแพร่ตามเวลาไม่สำเร็จ ระบบจะลองใหม่ทุก 30 วินาที (${error.slice(0, 300)})`;
  await prisma.$transaction(async (tx) => {
    const first = await tx.post.updateMany({
      where: { id, status: "SCHEDULED", scheduleError: null },
      data: { scheduleError },
    });
    if (first.count === 1) {
      await audit(tx, {
        userId: null,
        action: "post.schedule_failed",
        entity: "post",
        entityId: id,
        after: { error: error.slice(0, 300) },
      });
    } else {
      await tx.post.updateMany({ where: { id, status: "SCHEDULED" }, data: { scheduleError } });
    }
  });
}

/** Milliseconds until the next wake-up: the next future scheduledAt of any office, capped at 30 s. */
export async function nextSleep(now: Date, prisma: PrismaClient = getRootPrisma()): Promise<number> {
  const next = await prisma.post.findFirst({
    where: { status: "SCHEDULED", scheduledAt: { gt: now } },
    orderBy: { scheduledAt: "asc" },
    select: { scheduledAt: true },
  });
  const until = next?.scheduledAt ? next.scheduledAt.getTime() - now.getTime() + SLACK_MS : MAX_SLEEP_MS;
  return Math.max(SLACK_MS, Math.min(MAX_SLEEP_MS, until));
}

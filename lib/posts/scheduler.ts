import { audit } from "@/lib/audit/log";
import { INTERNAL_SECRET_HEADER, internalSecret } from "@/lib/cache/internal-secret";
import { purgePageCache } from "@/lib/server/page-cache";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publishInTx } from "./publish";
import { registerScheduler, runningScheduler, type SchedulerHandle } from "./scheduler-signal";

// Scheduled publishing that never silently misses: a timer in the server process wakes at the
// next scheduledAt (and at least every 30 s, which also retries failures and catches posts
// scheduled by another process), publishes every due post in its own transaction, and refreshes
// the public pages. A failure is written to the post (scheduleError, shown on the dashboard) and
// retried on the next wake-up until it succeeds or an editor unschedules the post.

const MAX_SLEEP_MS = 30_000;
// Wake a moment after the due time rather than a moment before it.
const SLACK_MS = 25;

export type DueResult = { published: number[]; failed: { id: number; error: string }[] };

/** Publishes every SCHEDULED post due at `now`. Exported for tests. */
export async function publishDuePosts(now: Date = new Date(), prisma: PrismaClient = getPrisma()): Promise<DueResult> {
  const due = await prisma.post.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const result: DueResult = { published: [], failed: [] };
  for (const { id } of due) {
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
  return result;
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

/** Milliseconds until the next wake-up: the next future scheduledAt, capped at 30 s. */
export async function nextSleep(now: Date, prisma: PrismaClient = getPrisma()): Promise<number> {
  const next = await prisma.post.findFirst({
    where: { status: "SCHEDULED", scheduledAt: { gt: now } },
    orderBy: { scheduledAt: "asc" },
    select: { scheduledAt: true },
  });
  const until = next?.scheduledAt ? next.scheduledAt.getTime() - now.getTime() + SLACK_MS : MAX_SLEEP_MS;
  return Math.max(SLACK_MS, Math.min(MAX_SLEEP_MS, until));
}

/** Next revalidates only while handling a request: ask this server itself to do it. */
async function refreshPublicPages(): Promise<void> {
  purgePageCache();
  const port = process.env.PORT ?? "3000";
  const host =
    process.env.HOSTNAME && !["0.0.0.0", "::", "localhost"].includes(process.env.HOSTNAME)
      ? process.env.HOSTNAME
      : "127.0.0.1";
  const res = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/api/internal/revalidate`, {
    method: "POST",
    headers: { [INTERNAL_SECRET_HEADER]: internalSecret() },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 204) throw new Error(`revalidate answered ${res.status}`);
}

type SchedulerOptions = { refresh?: () => Promise<void> };

/** Starts the process's one scheduler (a second call returns the running one). */
export function startScheduler(opts: SchedulerOptions = {}): SchedulerHandle {
  const existing = runningScheduler();
  if (existing) return existing;
  const refresh = opts.refresh ?? refreshPublicPages;
  internalSecret();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  // Published but not yet shown: keep trying to refresh on later wake-ups. True at start: the
  // last process may have died between publishing and refreshing, and Next's page cache on disk
  // outlives it (its record of what was refreshed does not).
  let refreshPending = true;

  const arm = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };

  async function tick(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let sleep = MAX_SLEEP_MS;
    try {
      const { published } = await publishDuePosts(new Date());
      if (published.length > 0) {
        console.log(`[scheduler] published post(s) ${published.join(", ")}`);
        refreshPending = true;
      }
      if (refreshPending) {
        await refresh();
        refreshPending = false;
        console.log("[scheduler] public pages refreshed");
      }
      sleep = await nextSleep(new Date());
    } catch (e) {
      console.error("[scheduler]", e instanceof Error ? e.message : e);
      sleep = refreshPending ? 1_000 : MAX_SLEEP_MS;
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      sleep = 0;
    }
    arm(sleep);
  }

  const handle: SchedulerHandle = {
    wake: () => (running ? (again = true) : arm(0)),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      registerScheduler(undefined);
    },
  };
  registerScheduler(handle);
  // Posts that fell due while the server was down are published at start.
  arm(1_000);
  return handle;
}

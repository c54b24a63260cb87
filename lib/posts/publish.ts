import { addAlertJob } from "@/lib/alerts/queue";
import { audit } from "@/lib/audit/log";
import { Prisma } from "@/lib/generated/prisma/client";
import { scalarData, withExistingAssets, writeRelations } from "./content";
import { parseSnapshot } from "./revisions";

// Making a post public, shared by "publish now" (an editor) and the scheduler (no user). The
// caller has already decided it is allowed; this writes it, guarded by the version the caller
// read, so a concurrent change makes it a no-op ("stale") instead of publishing something else.

type Tx = Prisma.TransactionClient;

export type PublishRow = {
  id: number;
  version: number;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";
  firstPublishedAt: Date | null;
  scheduledAt: Date | null;
  draft: unknown;
};

export type PublishOptions = {
  now: Date;
  userId: number | null;
  action: "post.publish" | "post.publish_scheduled";
  /** A major change's public note; `notify` also e-mails it to the post's subscribers. */
  change?: { type: "minor" | "major"; note: string; notify?: boolean };
};

/** Clears a pending draft (Prisma needs DbNull to store SQL NULL in a Json column). */
export const NO_DRAFT = { draft: Prisma.DbNull, draftUpdatedAt: null, draftAuthorId: null } as const;

/**
 * The public date of a first publication. A scheduled post that goes out after its time (the site
 * was down then, or an editor publishes it late) keeps the time it was announced for, as readers
 * and the office were told; published early, it shows when it really went out. Lists order by
 * this date, so a late post takes the place it was meant to have among the others.
 */
export function announcedAt(row: Pick<PublishRow, "status" | "scheduledAt">, now: Date): Date {
  return row.status === "SCHEDULED" && row.scheduledAt !== null && row.scheduledAt.getTime() <= now.getTime()
    ? row.scheduledAt
    : now;
}

/** Publishes `row` (its pending draft too, if any). Returns the new version, or "stale". */
export async function publishInTx(tx: Tx, row: PublishRow, opts: PublishOptions): Promise<number | "stale"> {
  const { now } = opts;
  const pending = parseSnapshot(row.draft);
  const draft = pending ? await withExistingAssets(tx, pending) : null;
  const first = row.firstPublishedAt === null;
  const publicDate = announcedAt(row, now);
  const major = opts.change?.type === "major" && !first;
  const { count } = await tx.post.updateMany({
    where: { id: row.id, version: row.version },
    data: {
      ...(draft ? { ...scalarData(draft), ...NO_DRAFT } : {}),
      status: "PUBLISHED",
      scheduledAt: null,
      scheduleError: null,
      reviewNote: null,
      withdrawnAt: null,
      withdrawnReason: null,
      redirectToId: null,
      ...(first ? { firstPublishedAt: publicDate, publishedAt: publicDate } : {}),
      ...(major ? { lastUpdatedAt: now } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) return "stale";
  if (draft) await writeRelations(tx, row.id, draft);
  const note =
    major && opts.change
      ? await tx.changeNote.create({ data: { postId: row.id, note: opts.change.note, createdAt: now } })
      : null;
  // E-mail alerts (lib/alerts): queued with the publication, so they go out exactly when it
  // commits — once, at the first publication; for a later major change only when the editor asks.
  const alert = first
    ? ({ kind: "post" } as const)
    : note && opts.change?.notify
      ? ({ kind: "update", changeNoteId: note.id } as const)
      : null;
  if (alert) {
    const { officeId } = await tx.post.findFirstOrThrow({ where: { id: row.id }, select: { officeId: true } });
    await addAlertJob(tx, "alert_post", { officeId, postId: row.id, ...alert });
  }
  await audit(tx, {
    userId: opts.userId,
    action: opts.action,
    entity: "post",
    entityId: row.id,
    before: { status: row.status },
    after: {
      status: "PUBLISHED",
      ...(first ? { firstPublishedAt: publicDate.toISOString(), publishedAt: publicDate.toISOString() } : {}),
      // When it really went out, beside the time it was scheduled for (the public date above).
      ...(row.status === "SCHEDULED"
        ? { scheduledAt: row.scheduledAt?.toISOString() ?? null, wentLiveAt: now.toISOString() }
        : {}),
      ...(draft ? { pendingDraftPublished: true } : {}),
      ...(major && opts.change ? { changeNote: opts.change.note } : {}),
      ...(note && opts.change?.notify ? { subscribersNotified: true } : {}),
    },
  });
  return row.version + 1;
}

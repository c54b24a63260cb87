import type { Prisma } from "@/lib/generated/prisma/client";

// Jobs of the e-mail alerts (graphile-worker, lib/alerts/worker.ts), added with the SQL function
// ect_add_job (migration email_alerts) inside the caller's transaction: a job exists exactly when
// what it is for has committed (a publication, a subscription), whichever instance wrote it.

type Sql = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The jobs and what they carry. */
export type AlertJobs = {
  /** Fan out a post's alert to the subscribers of its section (kind "post" or "update"). */
  alert_post: { officeId: number; postId: number; kind: "post" | "update"; changeNoteId?: number };
  /** Send one message (an AlertDelivery row). */
  alert_send: { deliveryId: number };
  /** The daily digest (by graphile-worker's cron, 08.00 Bangkok). */
  alert_digest: { day?: string };
  /** Deletes addresses no longer used (daily). */
  alert_cleanup: Record<string, never>;
};

/** Sends run one at a time across every instance (graphile-worker's named queue), paced by MAIL_PER_SECOND. */
export const MAIL_QUEUE = "alert-mail";

/** Adds a job in `tx`. False when there is no queue (the embedded database sends no mail). */
export async function addAlertJob<K extends keyof AlertJobs>(
  tx: Sql,
  identifier: K,
  payload: AlertJobs[K],
  opts: { queue?: string; key?: string } = {},
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ added: boolean }[]>`
    SELECT ect_add_job(${identifier}, ${JSON.stringify(payload)}::json, ${opts.queue ?? null}::text, ${opts.key ?? null}::text) AS added`;
  return rows[0]?.added === true;
}

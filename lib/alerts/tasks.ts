import type { JobHelpers } from "graphile-worker";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import type { Section } from "@/lib/generated/prisma/enums";
import { siteUrl } from "@/lib/http/absolute";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";
import { getSiteSettings } from "@/lib/settings/queries";
import { digestWindow } from "./digest-window";
import { fromAddress, sendPaced } from "./mailer";
import { confirmMessage, digestMessage, postMessage, type MailContext, type MailPost, type Message } from "./messages";
import type { AlertJobs } from "./queue";
import { queueDelivery } from "./subscribe";

// What the queue's jobs do (lib/alerts/worker.ts runs them). Every message is an AlertDelivery
// row first, keyed so that it exists once; a job sends a row still PENDING and marks it SENT, so
// a job run twice (an instance died after sending, before the queue heard) sends nothing twice
// that the row already records. A failed send is retried by the queue with growing pauses
// (graphile-worker: about 2^attempt seconds, up to 10 attempts); the last failure marks it FAILED,
// which the staff dashboard shows.

const POST_SELECT = { id: true, slug: true, section: true, title: true, summary: true, publishedAt: true } as const;
const BATCH = 200;

async function inOffice<T>(officeId: number, fn: () => Promise<T>): Promise<T | null> {
  const office = (await loadDirectory(getRootPrisma())).find((o) => o.id === officeId);
  return office ? runForOffice(office, fn) : null;
}

async function mailContext(): Promise<MailContext> {
  return { officeName: (await getSiteSettings()).officeName, siteUrl: siteUrl() };
}

/** A post's alert: one delivery per confirmed, immediate subscriber of its section. */
export async function alertPost(payload: AlertJobs["alert_post"]): Promise<number> {
  const root = getRootPrisma();
  const post = await root.post.findFirst({
    where: { id: payload.postId, officeId: payload.officeId, status: "PUBLISHED" },
    select: { section: true },
  });
  if (!post) return 0;
  const key = payload.kind === "post" ? `post:${payload.postId}` : `update:${payload.postId}:${payload.changeNoteId}`;
  const kind = payload.kind === "post" ? "POST" : "UPDATE";
  const subscribers = await root.subscriber.findMany({
    where: {
      officeId: payload.officeId,
      confirmedAt: { not: null },
      unsubscribedAt: null,
      mode: "IMMEDIATE",
      sections: { has: post.section },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (let i = 0; i < subscribers.length; i += BATCH) {
    await root.$transaction(async (tx) => {
      for (const s of subscribers.slice(i, i + BATCH))
        await queueDelivery(tx, { subscriberId: s.id, officeId: payload.officeId, kind, key, postId: payload.postId });
    });
  }
  return subscribers.length;
}

/** The daily digest: one delivery per confirmed daily subscriber with something new in their sections. */
export async function alertDigest(payload: AlertJobs["alert_digest"] & { _cron?: { ts: string } }): Promise<number> {
  const { day, start, end } = digestWindow(payload.day ?? payload._cron?.ts ?? new Date().toISOString());
  const root = getRootPrisma();
  const posts = await root.post.findMany({
    where: { status: "PUBLISHED", firstPublishedAt: { gte: start, lt: end } },
    select: { officeId: true, section: true },
  });
  const byOffice = new Map<number, Set<Section>>();
  for (const p of posts) byOffice.set(p.officeId, (byOffice.get(p.officeId) ?? new Set()).add(p.section));
  let queued = 0;
  for (const [officeId, sections] of byOffice) {
    const subscribers = await root.subscriber.findMany({
      where: {
        officeId,
        confirmedAt: { not: null },
        unsubscribedAt: null,
        mode: "DAILY",
        sections: { hasSome: [...sections] },
      },
      select: { id: true },
    });
    await root.$transaction(async (tx) => {
      for (const s of subscribers)
        await queueDelivery(tx, { subscriberId: s.id, officeId, kind: "DIGEST", key: `digest:${day}` });
    });
    queued += subscribers.length;
  }
  return queued;
}

/** Builds one delivery's message, or null when it should not go (unsubscribed, withdrawn, superseded). */
async function buildMessage(deliveryId: number): Promise<Message | null> {
  const d = await getPrisma().alertDelivery.findFirst({ where: { id: deliveryId }, include: { subscriber: true } });
  if (!d) return null;
  const s = d.subscriber;
  const ctx = await mailContext();
  if (d.kind === "CONFIRM") {
    // A later subscribe form sent a newer link; this one no longer works.
    if (!s.pendingMode || d.key !== `confirm:${s.confirmToken}`) return null;
    return confirmMessage(ctx, {
      email: s.email,
      sections: s.pendingSections,
      mode: s.pendingMode,
      confirmToken: s.confirmToken!,
    });
  }
  if (!s.confirmedAt || s.unsubscribedAt) return null;
  const recipient = { email: s.email, manageToken: s.manageToken, sections: s.sections, mode: s.mode };
  if (d.kind === "DIGEST") {
    const { start, end } = digestWindow(d.key.slice("digest:".length));
    // Titled by the morning it goes out (it holds the 24 hours before 08.00 that day).
    const posts: MailPost[] = await getPrisma().post.findMany({
      where: { status: "PUBLISHED", firstPublishedAt: { gte: start, lt: end }, section: { in: s.sections } },
      orderBy: [{ firstPublishedAt: "asc" }, { id: "asc" }],
      select: POST_SELECT,
    });
    return posts.length ? digestMessage(ctx, recipient, posts, end) : null;
  }
  const post = await getPrisma().post.findFirst({
    where: { id: d.postId ?? -1, status: "PUBLISHED" },
    select: POST_SELECT,
  });
  if (!post) return null;
  if (d.kind === "POST") return postMessage(ctx, recipient, post);
  const noteId = Number(d.key.split(":")[2]);
  const note = await getPrisma().changeNote.findFirst({ where: { id: noteId, postId: post.id } });
  return postMessage(ctx, recipient, post, note?.note ?? "");
}

/**
 * Whether the mail server refused this message for good: a 5xx reply to its recipient or its
 * content (nodemailer's EENVELOPE, EMESSAGE). A refused sign-in or connection (a setting to fix)
 * is retried, so the messages go out once the server is set right.
 */
function isPermanentRefusal(e: unknown): boolean {
  const { code, responseCode } = (e ?? {}) as { code?: unknown; responseCode?: unknown };
  return (
    (code === "EENVELOPE" || code === "EMESSAGE") &&
    typeof responseCode === "number" &&
    responseCode >= 500 &&
    responseCode < 600
  );
}

/** Sends one delivery still PENDING; a failure is recorded, then thrown for the queue to retry. */
export async function alertSend(payload: AlertJobs["alert_send"], helpers?: Pick<JobHelpers, "job">): Promise<void> {
  const root = getRootPrisma();
  const d = await root.alertDelivery.findFirst({
    where: { id: payload.deliveryId },
    select: { status: true, officeId: true },
  });
  if (d?.status !== "PENDING") return;
  await inOffice(d.officeId, async () => {
    const message = await buildMessage(payload.deliveryId);
    if (!message) {
      await getPrisma().alertDelivery.updateMany({
        where: { id: payload.deliveryId, status: "PENDING" },
        data: { status: "SKIPPED" },
      });
      return;
    }
    const ctx = await mailContext();
    try {
      await sendPaced(fromAddress(ctx.officeName, ctx.siteUrl), message);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      // A 5xx refusal of the address or message will not change: not retried, so a dead address
      // is not knocked on ten times. Anything else (connection, sign-in, 4xx) is retried.
      const permanent = isPermanentRefusal(e);
      const last = permanent || (helpers ? helpers.job.attempts >= helpers.job.max_attempts : false);
      await getPrisma().alertDelivery.update({
        where: { id: payload.deliveryId },
        data: { attempts: { increment: 1 }, lastError: error.slice(0, 500), ...(last ? { status: "FAILED" } : {}) },
      });
      if (!permanent) throw e;
      return;
    }
    await getPrisma().alertDelivery.update({
      where: { id: payload.deliveryId },
      data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
  });
}

/** How long an ended subscription, or a confirmation never followed, keeps its address. */
export const KEEP_ENDED_DAYS = 30;

/**
 * PDPA: addresses are kept only while they are used. Daily, every office: subscriptions ended
 * and confirmations never followed (their link expired) more than KEEP_ENDED_DAYS ago are
 * deleted with their messages. Returns how many.
 */
export async function alertCleanup(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - KEEP_ENDED_DAYS * 86_400_000);
  const { count } = await getRootPrisma().subscriber.deleteMany({
    where: {
      OR: [
        { unsubscribedAt: { lt: before } },
        {
          confirmedAt: null,
          OR: [{ confirmExpiresAt: { lt: before } }, { confirmExpiresAt: null, createdAt: { lt: before } }],
        },
      ],
    },
  });
  return count;
}

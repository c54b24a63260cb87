import { randomBytes } from "node:crypto";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { addAlertJob, MAIL_QUEUE } from "./queue";
import type { ManageInput, SubscribeInput } from "./schema";

// Subscribing with double opt-in, confirming, changing and ending a subscription — the readers'
// side of e-mail alerts, for the office being served (getPrisma() is confined to it).
//
// A subscribe form never changes what an address receives: it stores the wish as pending and
// queues a confirmation to the address; only following that link applies it. The answer is the
// same whatever the address's state, so the form tells nobody who subscribes. Confirmations are
// capped per address (CONFIRM_CAPS), so a script filling the form with someone else's address
// sends them a few messages at most, never a flood.

export const CONFIRM_CAPS = {
  /** Confirmations one address gets from one office in 24 hours. */
  perOfficePerDay: 3,
  /** …and from all offices together. */
  perAddressPerDay: 6,
  /** The shortest gap between two confirmations to one address from one office. */
  minGapMs: 60_000,
  /** How long a confirmation link works. */
  linkMs: 7 * 24 * 3600_000,
} as const;

const DAY_MS = 24 * 3600_000;

export type SubscribeOutcome = "queued" | "capped";

/** Stores the wish and queues its confirmation (or, over a cap, quietly does nothing). */
export async function subscribe(input: SubscribeInput, now: Date = new Date()): Promise<SubscribeOutcome> {
  if (await overAllOffices(input.email, now)) return "capped";
  try {
    return await store(input, now);
  } catch (e) {
    // Two forms for a new address at once: the other made the row first; this one now finds it
    // (and its cap: one confirmation a minute).
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return store(input, now);
    throw e;
  }
}

function store(input: SubscribeInput, now: Date): Promise<SubscribeOutcome> {
  return getPrisma().$transaction(async (tx) => {
    const found = await tx.subscriber.findFirst({ where: { email: input.email } });
    const fresh = !found?.confirmWindowAt || now.getTime() - found.confirmWindowAt.getTime() >= DAY_MS;
    const sends = fresh ? 0 : found.confirmSends;
    const tooSoon = found?.lastConfirmAt && now.getTime() - found.lastConfirmAt.getTime() < CONFIRM_CAPS.minGapMs;
    if (sends >= CONFIRM_CAPS.perOfficePerDay || tooSoon) return "capped";
    const confirmToken = randomBytes(24).toString("base64url");
    const wish = {
      pendingSections: input.sections,
      pendingMode: input.mode,
      confirmToken,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_CAPS.linkMs),
      confirmWindowAt: fresh ? now : found!.confirmWindowAt,
      confirmSends: sends + 1,
      lastConfirmAt: now,
    };
    const row = found
      ? await tx.subscriber.update({ where: { id: found.id }, data: wish })
      : await tx.subscriber.create({ data: { email: input.email, ...wish } });
    await queueDelivery(tx, {
      subscriberId: row.id,
      officeId: row.officeId,
      kind: "CONFIRM",
      key: `confirm:${confirmToken}`,
    });
    return "queued";
  });
}

async function overAllOffices(email: string, now: Date): Promise<boolean> {
  const { _sum } = await getRootPrisma().subscriber.aggregate({
    where: { email, confirmWindowAt: { gt: new Date(now.getTime() - DAY_MS) } },
    _sum: { confirmSends: true },
  });
  return (_sum.confirmSends ?? 0) >= CONFIRM_CAPS.perAddressPerDay;
}

/** Writes one message to send and queues it, in `tx`. */
export async function queueDelivery(
  tx: Prisma.TransactionClient,
  d: {
    subscriberId: number;
    officeId: number;
    kind: "CONFIRM" | "POST" | "UPDATE" | "DIGEST";
    key: string;
    postId?: number;
  },
): Promise<void> {
  const delivery = await tx.alertDelivery.upsert({
    where: { subscriberId_key: { subscriberId: d.subscriberId, key: d.key } },
    create: { ...d },
    update: {},
  });
  if (delivery.status === "PENDING")
    await addAlertJob(
      tx,
      "alert_send",
      { deliveryId: delivery.id },
      { queue: MAIL_QUEUE, key: `alert-send-${delivery.id}` },
    );
}

export type SubscriptionView = {
  email: string;
  sections: string[];
  mode: "IMMEDIATE" | "DAILY";
  active: boolean;
  manageToken: string;
};

const view = (s: {
  email: string;
  sections: string[];
  mode: "IMMEDIATE" | "DAILY";
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  manageToken: string;
}): SubscriptionView => ({
  email: s.email,
  sections: s.sections,
  mode: s.mode,
  active: s.confirmedAt !== null && s.unsubscribedAt === null,
  manageToken: s.manageToken,
});

/** What a confirmation link would subscribe to, or null when it is unknown or out of date. */
export async function pendingWish(
  token: string,
  now: Date = new Date(),
): Promise<{ email: string; sections: string[]; mode: "IMMEDIATE" | "DAILY" } | null> {
  const row = await getPrisma().subscriber.findFirst({ where: { confirmToken: token, confirmExpiresAt: { gt: now } } });
  if (!row?.pendingMode) return null;
  return { email: row.email, sections: row.pendingSections, mode: row.pendingMode };
}

/** Applies the wish a confirmation link stands for. Null when the link is unknown or out of date. */
export async function confirm(token: string, now: Date = new Date()): Promise<SubscriptionView | null> {
  return getPrisma().$transaction(async (tx) => {
    const row = await tx.subscriber.findFirst({ where: { confirmToken: token, confirmExpiresAt: { gt: now } } });
    if (!row?.pendingMode) return null;
    const done = await tx.subscriber.update({
      where: { id: row.id },
      data: {
        sections: row.pendingSections,
        mode: row.pendingMode,
        confirmedAt: now,
        unsubscribedAt: null,
        pendingSections: [],
        pendingMode: null,
        confirmToken: null,
        confirmExpiresAt: null,
      },
    });
    return view(done);
  });
}

/** The subscription a manage link stands for, or null. */
export async function subscriptionOf(manageToken: string): Promise<SubscriptionView | null> {
  const row = await getPrisma().subscriber.findFirst({ where: { manageToken } });
  return row ? view(row) : null;
}

/** Changes sections and mode (the link proves the mailbox). Null when the link is unknown. */
export async function changeSubscription(manageToken: string, input: ManageInput): Promise<SubscriptionView | null> {
  const { count } = await getPrisma().subscriber.updateMany({
    where: { manageToken, confirmedAt: { not: null } },
    data: { sections: input.sections, mode: input.mode, unsubscribedAt: null },
  });
  return count === 1 ? subscriptionOf(manageToken) : null;
}

/** Ends the subscription: nothing more is sent, messages waiting to go are skipped. Null when unknown. */
export async function unsubscribe(manageToken: string, now: Date = new Date()): Promise<SubscriptionView | null> {
  return getPrisma().$transaction(async (tx) => {
    const row = await tx.subscriber.findFirst({ where: { manageToken } });
    if (!row) return null;
    await tx.alertDelivery.updateMany({
      where: { subscriberId: row.id, status: "PENDING", kind: { not: "CONFIRM" } },
      data: { status: "SKIPPED" },
    });
    const done = row.unsubscribedAt
      ? row
      : await tx.subscriber.update({ where: { id: row.id }, data: { unsubscribedAt: now } });
    return view(done);
  });
}

import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { csvDocument } from "@/lib/elections/export";
import type { Section } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "@/lib/posts/sections";
import { formatThaiDateTime } from "@/lib/thai-date";
import { MODE_LABEL, sectionsLabel } from "./messages";

// The staff side of e-mail alerts, for the office being served: how many read each section and
// how sending goes (/admin/alerts, the dashboard), and the admins' export of the list.

export type AlertStats = {
  active: number;
  bySection: { key: Section; label: string; immediate: number; daily: number }[];
  awaitingConfirmation: number;
  unsubscribed: number;
  sentLastWeek: number;
  waiting: number;
  failed: { id: number; email: string; kind: string; error: string; at: Date }[];
  failedTotal: number;
  retrying: number;
};

const ACTIVE = { confirmedAt: { not: null }, unsubscribedAt: null } as const;

export async function alertStats(now: Date = new Date()): Promise<AlertStats> {
  const prisma = getPrisma();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [active, awaitingConfirmation, unsubscribed, sentLastWeek, waiting, retrying, failedTotal, failed] =
    await Promise.all([
      prisma.subscriber.findMany({ where: ACTIVE, select: { sections: true, mode: true } }),
      prisma.subscriber.count({ where: { confirmedAt: null, confirmExpiresAt: { gt: now } } }),
      prisma.subscriber.count({ where: { unsubscribedAt: { not: null } } }),
      prisma.alertDelivery.count({ where: { status: "SENT", sentAt: { gte: weekAgo } } }),
      prisma.alertDelivery.count({ where: { status: "PENDING" } }),
      prisma.alertDelivery.count({ where: { status: "PENDING", lastError: { not: null } } }),
      prisma.alertDelivery.count({ where: { status: "FAILED" } }),
      prisma.alertDelivery.findMany({
        where: { status: { in: ["FAILED", "PENDING"] }, lastError: { not: null } },
        orderBy: { id: "desc" },
        take: 10,
        select: { id: true, kind: true, lastError: true, createdAt: true, subscriber: { select: { email: true } } },
      }),
    ]);
  const bySection = SECTIONS.map((s) => ({ key: s.key, label: s.label, immediate: 0, daily: 0 }));
  for (const sub of active)
    for (const row of bySection)
      if (sub.sections.includes(row.key)) row[sub.mode === "DAILY" ? "daily" : "immediate"] += 1;
  return {
    active: active.length,
    bySection,
    awaitingConfirmation,
    unsubscribed,
    sentLastWeek,
    waiting,
    retrying,
    failedTotal,
    failed: failed.map((d) => ({
      id: d.id,
      email: d.subscriber.email,
      kind: d.kind,
      error: d.lastError ?? "",
      at: d.createdAt,
    })),
  };
}

/** The dashboard's warning: messages given up on, and messages the mail server refused so far. */
export async function alertTrouble(): Promise<{ failed: number; retrying: number }> {
  const prisma = getPrisma();
  const [failed, retrying] = await Promise.all([
    prisma.alertDelivery.count({ where: { status: "FAILED" } }),
    prisma.alertDelivery.count({ where: { status: "PENDING", lastError: { not: null } } }),
  ]);
  return { failed, retrying };
}

const COLUMNS = [
  { key: "email", head: "อีเมล" },
  { key: "sections", head: "หมวดข่าว" },
  { key: "mode", head: "รับข่าว" },
  { key: "confirmedAt", head: "ยืนยันเมื่อ" },
] as const;

/** The CSV of current subscribers (Excel-ready Thai), written to the audit log with its size. */
export async function exportSubscribers(userId: number): Promise<{ csv: string; count: number }> {
  return getPrisma().$transaction(async (tx) => {
    const rows = await tx.subscriber.findMany({
      where: ACTIVE,
      orderBy: { email: "asc" },
      select: { email: true, sections: true, mode: true, confirmedAt: true },
    });
    await audit(tx, {
      userId,
      action: "alerts.export",
      entity: "alerts",
      entityId: null,
      after: { count: rows.length, format: "csv" },
    });
    const csv = csvDocument(
      COLUMNS,
      rows.map((r) => ({
        email: r.email,
        sections: sectionsLabel(r.sections),
        mode: MODE_LABEL[r.mode],
        confirmedAt: r.confirmedAt ? formatThaiDateTime(r.confirmedAt) : "",
      })),
    );
    return { csv, count: rows.length };
  });
}

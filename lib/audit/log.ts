import type { Prisma } from "@/lib/generated/prisma/client";

// The audit trail: who did what and when. Written inside the same transaction as the change it
// records, so a rolled-back change leaves no entry and a committed one always has one.
export type AuditEntry = {
  userId: number | null;
  action: string; // e.g. "post.publish", "settings.update", "user.create", "auth.login_failed"
  entity: string; // "post" | "event" | "settings" | "user" | "asset" | "auth"
  entityId?: string | number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

export async function audit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** Only the fields that differ, for readable before/after entries. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

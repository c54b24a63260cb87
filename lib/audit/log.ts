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

export type AuditWriter = {
  auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> };
};

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

/**
 * Only the fields that differ, for readable before/after entries (compared as JSON, so dates and
 * arrays compare by value). Two kinds of `after`:
 * - a partial update (no `removed`): only the fields it names are compared, the others untouched;
 * - a whole snapshot (`removed` given, e.g. ""): fields on either side are compared and one that
 *   is missing on a side is recorded as `removed`, so a deleted candidate shows up as removed.
 * With no `before` (the row is new) the whole `after` is the entry.
 */
export function fieldDiff<T extends Record<string, unknown>>(
  before: T | null,
  after: Partial<T>,
  removed?: T[keyof T],
): { before: Partial<T> | null; after: Partial<T> } {
  if (!before) return { before: null, after };
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  const keys = removed === undefined ? Object.keys(after) : new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys as Iterable<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = key in before ? before[key] : removed;
      a[key] = key in after ? after[key] : removed;
    }
  }
  return { before: b, after: a };
}

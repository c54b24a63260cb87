import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayBounds, type DayKey } from "@/lib/thai-date";

// The audit log page: newest first, filtered by entity, action, user and a Bangkok date range,
// fifty entries a page.

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  entity?: string;
  action?: string;
  userId?: number;
  /** Bangkok days, inclusive. */
  from?: DayKey;
  to?: DayKey;
};

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  userId: number | null;
  userName: string | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number };

function whereOf(f: AuditFilter): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (f.from) at.gte = dayBounds(f.from).start;
  if (f.to) at.lt = dayBounds(f.to).end;
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.from || f.to ? { at } : {}),
  };
}

export async function listAuditEntries(filter: AuditFilter, page = 1): Promise<AuditPage> {
  const where = whereOf(filter);
  const prisma = getPrisma();
  const total = await prisma.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { user: { select: { name: true } } },
  });
  return {
    rows: rows.map(({ user, ...r }) => ({ ...r, userName: user?.name ?? null })),
    total,
    page: current,
    pageCount,
  };
}

/** Choices for the filter form: the entities and actions that occur, and the people who acted. */
export async function auditFilterOptions(): Promise<{
  entities: string[];
  actions: string[];
  users: { id: number; name: string }[];
}> {
  const prisma = getPrisma();
  const [entities, actions, users] = await Promise.all([
    prisma.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    prisma.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma.user.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  return { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action), users };
}

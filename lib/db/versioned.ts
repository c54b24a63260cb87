import { audit, type AuditEntry, type AuditWriter } from "@/lib/audit/log";

// The one frame of a versioned write: a row is changed or deleted only if it is still at the
// version the form was opened at, and the change and its audit entry are one transaction. The
// version check and the write are one statement (`updateMany`/`deleteMany where {id, version}`),
// so a concurrent save cannot slip between them. Callers run these inside their transaction and
// supply only their own read, write and audit entry.

export type VersionedOutcome<Row, Problem = never> =
  | { kind: "ok"; before: Row; version: number }
  | { kind: "missing" }
  | { kind: "stale" }
  | { kind: "problem"; problem: Problem };

type Where = { id: number; version: number };

/**
 * Updates or deletes row `id` at `version`. A stale form is refused before anything else is checked;
 * `check` (a missing photo, a duplicate month) may then refuse the write with its own answer.
 */
export async function writeVersioned<Row extends { version: number }, Problem = never>(
  tx: AuditWriter,
  spec: {
    id: number;
    version: number;
    find: () => Promise<Row | null>;
    check?: (before: Row) => Promise<Problem | null>;
    /** The guarded write; for an update, `data` must include `version: { increment: 1 }`. */
    write: (where: Where) => Promise<{ count: number }>;
    audit: (before: Row) => AuditEntry;
  },
): Promise<VersionedOutcome<Row, Problem>> {
  const { id, version } = spec;
  const before = await spec.find();
  if (!before) return { kind: "missing" };
  if (before.version !== version) return { kind: "stale" };
  const problem = spec.check ? await spec.check(before) : null;
  if (problem !== null) return { kind: "problem", problem };
  const { count } = await spec.write({ id, version });
  if (count === 0) return { kind: "stale" };
  await audit(tx, spec.audit(before));
  return { kind: "ok", before, version: version + 1 };
}

/**
 * Saves a one-of-a-kind row (the office settings, an office page) that may not exist yet. A form
 * opened before the row existed carries version 0 and its save creates the row; of two such first
 * saves at once, `create` (a `createMany … skipDuplicates`, i.e. ON CONFLICT DO NOTHING) lets
 * exactly one win and the other is told someone saved first, like any stale save.
 */
export async function saveSingleton<Row>(
  tx: AuditWriter,
  spec: {
    version: number;
    find: () => Promise<Row | null>;
    create: () => Promise<{ count: number }>;
    /** The guarded update (`updateMany where {…, version}` with `version: { increment: 1 }`). */
    update: () => Promise<{ count: number }>;
    /** The entry for this save (`before` null: the row was created); null records nothing. */
    audit: (before: Row | null) => AuditEntry | null;
  },
): Promise<{ kind: "ok"; version: number } | { kind: "stale" }> {
  const before = await spec.find();
  if (!before && spec.version !== 0) return { kind: "stale" };
  const { count } = before ? await spec.update() : await spec.create();
  if (count === 0) return { kind: "stale" };
  const entry = spec.audit(before);
  if (entry) await audit(tx, entry);
  return { kind: "ok", version: before ? spec.version + 1 : 1 };
}

import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlExecutor, SqlRunner } from "./runner";

// Our own `prisma migrate deploy`: Prisma's native schema engine is a binary downloaded at install
// time, which machines that reach only the npm registry cannot do. It reads and writes `_prisma_migrations` exactly as Prisma does, so the real
// `prisma migrate deploy` / `migrate status` keep working on the same database wherever they can run.

// Resolved from this file so scripts work from any folder; bundlers may not provide dirname.
export const defaultMigrationsDir = import.meta.dirname
  ? path.resolve(import.meta.dirname, "../../prisma/migrations")
  : path.resolve("prisma/migrations");

export type LocalMigration = { name: string; sql: string; checksum: string };

export type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

// Prisma's DDL for the table, verbatim, so that its engine recognises what we create.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

// The advisory lock key Prisma's engine takes on PostgreSQL: two app instances starting at once
// (or our runner next to a real `prisma migrate deploy`) apply one migration once.
const ADVISORY_LOCK = "SELECT pg_advisory_xact_lock(72707369)";

/** Migration folders in Prisma's layout, in the order Prisma applies them (by name). */
export function readMigrations(dir: string = defaultMigrationsDir): LocalMigration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const bytes = fs.readFileSync(file);
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

/**
 * Applies the migrations not yet in `_prisma_migrations`, each in its own transaction, and
 * returns their names. Refuses to run when a migration failed earlier or an applied one was
 * edited, as the database would no longer match the files.
 */
export async function applyMigrations(runner: SqlRunner, migrationsDir?: string): Promise<string[]> {
  const local = readMigrations(migrationsDir);
  const rows = await runner.transaction(async (tx) => {
    await tx.exec(ADVISORY_LOCK);
    await tx.exec(CREATE_TABLE);
    return appliedRows(tx);
  });
  checkHistory(rows, local);

  const applied: string[] = [];
  for (const m of local) {
    if (rows.some((r) => isApplied(r, m.name))) continue;
    const startedAt = new Date();
    try {
      const done = await runner.transaction(async (tx) => {
        await tx.exec(ADVISORY_LOCK);
        // Another process may have applied it while we waited for the lock.
        if ((await appliedRows(tx)).some((r) => isApplied(r, m.name))) return false;
        await tx.exec(m.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations"
             ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), m.checksum, m.name, startedAt],
        );
        return true;
      });
      if (done) applied.push(m.name);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await recordFailure(runner, m, startedAt, message);
      throw new Error(
        `Migration ${m.name} failed and was rolled back: ${message}\n` +
          `Fix the cause, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
          `WHERE migration_name = '${m.name}' AND finished_at IS NULL, or \`prisma migrate resolve --rolled-back ${m.name}\`) ` +
          `and run the migrations again.`,
        { cause: e },
      );
    }
  }
  return applied;
}

// Like Prisma, leave a row with logs and no finished_at: later runs stop until someone looks.
async function recordFailure(runner: SqlRunner, m: LocalMigration, startedAt: Date, logs: string): Promise<void> {
  await runner
    .query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "started_at", "applied_steps_count")
       VALUES ($1, $2, $3, $4, $5, 0)`,
      [randomUUID(), m.checksum, m.name, logs, startedAt],
    )
    .catch(() => undefined); // the database may be unreachable; the original error matters more
}

async function appliedRows(tx: SqlExecutor): Promise<MigrationRow[]> {
  return tx.query<MigrationRow>(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at", "logs"
       FROM "_prisma_migrations" ORDER BY "started_at"`,
  );
}

// Rows marked rolled back are history only; Prisma applies such a migration again.
function isApplied(row: MigrationRow, name: string): boolean {
  return row.migration_name === name && row.finished_at !== null && row.rolled_back_at === null;
}

export function checkHistory(rows: MigrationRow[], local: LocalMigration[]): void {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    const names = failed.map((r) => r.migration_name).join(", ");
    throw new Error(
      `Migration ${names} failed earlier and is recorded in "_prisma_migrations" without finished_at. ` +
        `Check the database, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
        `WHERE migration_name = '…' AND finished_at IS NULL) or applied, and run the migrations again.` +
        (failed[0]?.logs ? `\nLast error: ${failed[0].logs}` : ""),
    );
  }
  const edited = rows
    .filter((r) => r.rolled_back_at === null)
    .filter((r) => {
      const file = local.find((m) => m.name === r.migration_name);
      return file !== undefined && file.checksum !== r.checksum;
    })
    .map((r) => r.migration_name);
  if (edited.length > 0) {
    throw new Error(
      `The migration file(s) ${edited.join(", ")} changed after being applied to this database ` +
        `(checksum differs). Restore the original migration.sql and put the change in a new ` +
        `migration (npm run db:new-migration -- <name>).`,
    );
  }
}

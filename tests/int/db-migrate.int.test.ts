// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/db/client";
import { applyMigrations, defaultMigrationsDir, readMigrations } from "@/lib/db/migrate";
import { migrationList, openSchemaEngine } from "@/lib/db/schema-engine";
import { createEmptyTestDatabase, type TestDatabase } from "@/tests/helpers/db";

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

const rowsOf = (db: TestDatabase) =>
  db.runner.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`);

// A copy of the real migrations that a test may change without touching the repository.
function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ect-migrations-"));
  fs.cpSync(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

describe("applyMigrations", () => {
  let db: TestDatabase;
  let firstRun: string[];
  const local = readMigrations();

  beforeAll(async () => {
    db = await createEmptyTestDatabase();
    firstRun = await applyMigrations(db.runner);
  });
  afterAll(() => db?.close());

  it("applies every migration folder, in order", () => {
    expect(local.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(local.map((m) => m.name));
  });

  it("creates the schema's tables and enables pg_trgm", async () => {
    const tables = await db.runner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const names = tables.map((t) => t.table_name);
    for (const t of ["User", "Post", "PostSlug", "Asset", "Event", "Holiday", "SiteSettings", "AuditLog"]) {
      expect(names).toContain(t);
    }
    const ext = await db.runner.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
    expect(ext).toHaveLength(1);
  });

  it("records each migration as Prisma does", async () => {
    const rows = await rowsOf(db);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const row of rows) {
      const file = fs.readFileSync(path.join(defaultMigrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("applies nothing when run again", async () => {
    expect(await applyMigrations(db.runner)).toEqual([]);
    expect(await rowsOf(db)).toHaveLength(local.length);
  });

  it("refuses when an applied migration was edited", async () => {
    const dir = copyMigrations();
    const first = local[0]!.name;
    fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(db.runner, dir)).rejects.toThrow(/changed after being applied/);
    fs.rmSync(dir, { recursive: true });
  });

  it("applies a new migration, rolls back a failing one and then refuses to go on", async () => {
    const dir = copyMigrations();
    addMigration(dir, "29990101000000_extra", `CREATE TABLE "Extra" ("id" INTEGER);`);
    expect(await applyMigrations(db.runner, dir)).toEqual(["29990101000000_extra"]);

    addMigration(dir, "29990102000000_broken", `CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "Missing";`);
    await expect(applyMigrations(db.runner, dir)).rejects.toThrow(/29990102000000_broken failed/);
    const half = await db.runner.query(`SELECT to_regclass('"Half"') AS t`);
    expect(half).toEqual([{ t: null }]);
    const failed = (await rowsOf(db)).find((r) => r.migration_name === "29990102000000_broken");
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toMatch(/Missing/);

    await expect(applyMigrations(db.runner, dir)).rejects.toThrow(/failed earlier/);
    fs.rmSync(dir, { recursive: true });
  });
});

// Prisma's own engine (WebAssembly) must agree with our bookkeeping, so that the real
// `prisma migrate deploy` can take over a database we migrated, and the other way round.
// Always on PGlite, even with DATABASE_URL: @prisma/adapter-pg 7.10 cannot decode the "char" type
// the engine reads, and the bookkeeping checked here does not depend on the server.
describe("compatibility with Prisma's schema engine", () => {
  const schemas = [{ path: "schema.prisma", content: fs.readFileSync("prisma/schema.prisma", "utf8") }];
  const filters = { externalTables: [], externalEnums: [] };

  it("finds nothing to apply after our runner, and we find nothing after Prisma", async () => {
    const ours = createPrisma({ pgliteDir: "memory" });
    const theirs = createPrisma({ pgliteDir: "memory" });
    try {
      await applyMigrations(ours.runner);
      const a = await openSchemaEngine(schemas, ours.pglite);
      const list = migrationList(defaultMigrationsDir);
      const diagnosis = await a.engine.diagnoseMigrationHistory({
        migrationsList: list,
        optInToShadowDatabase: false,
        filters,
      });
      expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], history: null });
      expect(await a.engine.applyMigrations({ migrationsList: list, filters })).toEqual({ appliedMigrationNames: [] });
      await a.close();

      const b = await openSchemaEngine(schemas, theirs.pglite);
      const applied = await b.engine.applyMigrations({ migrationsList: list, filters });
      expect(applied.appliedMigrationNames).toEqual(readMigrations().map((m) => m.name));
      await b.close();
      expect(await applyMigrations(theirs.runner)).toEqual([]);
    } finally {
      await ours.close();
      await theirs.close();
    }
  });
});

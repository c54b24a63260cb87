import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrisma, type DbHandle } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

export type TestDatabase = {
  prisma: DbHandle["prisma"];
  runner: DbHandle["runner"];
  /** Set when the database is on a PostgreSQL server (DATABASE_URL was given). */
  url?: string;
  /** Set when the database is the embedded PGlite. */
  pglite?: DbHandle["pglite"];
  /** On a server: the per-office clients under row-level security (lib/db/office-pools.ts). */
  forOffice?: DbHandle["forOffice"];
  close(): Promise<void>;
};

/**
 * A fresh, migrated, empty database of its own for one test file (or one test):
 * - with DATABASE_URL: a new database `test_<random>` on that server, dropped by close();
 * - without: an in-memory PGlite, gone after close().
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createOnServer(serverUrl, true) : createInMemory();
}

/** Like createTestDatabase but with no migrations applied (for testing migrations themselves). */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createOnServer(serverUrl, false);
  const db = createPrisma({ pgliteDir: "memory" });
  return { prisma: db.prisma, runner: db.runner, pglite: db.pglite, close: db.close };
}

async function withAdmin(serverUrl: string, sql: string): Promise<void> {
  // The URL's own database (usually "postgres") serves as the admin connection.
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createOnServer(serverUrl: string, migrate: boolean): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  await withAdmin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => withAdmin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  let db: DbHandle | undefined;
  try {
    db = createPrisma({ databaseUrl: url.toString() });
    if (migrate) await applyMigrations(db.runner);
  } catch (e) {
    await db?.close().catch(() => undefined);
    await drop();
    throw e;
  }
  const opened = db;
  return {
    prisma: opened.prisma,
    runner: opened.runner,
    forOffice: opened.forOffice,
    url: url.toString(),
    async close() {
      try {
        await opened.close();
      } finally {
        await drop();
      }
    },
  };
}

// Starting PGlite from scratch runs initdb (~5–8 s); loading an image of an already migrated
// database takes ~1 s. The image is kept in this process and in the OS temp folder, keyed by the
// migrations and the PGlite version, so each test file pays the full cost at most once per change.
let snapshot: Promise<Blob> | undefined;

function snapshotPath(): string {
  const require = createRequire(import.meta.url);
  const pgliteDir = path.dirname(require.resolve("@electric-sql/pglite"));
  let version = "unknown";
  try {
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(pgliteDir, "..", "package.json"), "utf8"));
    version = String((pkg as { version?: unknown }).version);
  } catch {
    // Without the version the key still changes with the migrations.
  }
  const key = createHash("sha256")
    .update(version)
    .update(
      readMigrations()
        .map((m) => `${m.name}:${m.checksum}`)
        .join("\n"),
    )
    .digest("hex")
    .slice(0, 16);
  return path.join(os.tmpdir(), `ect-pglite-test-${key}.tar`);
}

async function buildSnapshot(): Promise<Blob> {
  const file = snapshotPath();
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const db = createPrisma({ pgliteDir: "memory" });
  try {
    await applyMigrations(db.runner);
    if (!db.pglite) throw new Error("expected an embedded database");
    const image = await db.pglite.dumpDataDir("none");
    // Written aside then renamed, so a parallel reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
    fs.renameSync(tmp, file);
    return image;
  } finally {
    await db.close();
  }
}

async function createInMemory(): Promise<TestDatabase> {
  snapshot ??= buildSnapshot();
  let db = createPrisma({ pgliteDir: "memory", pgliteSnapshot: await snapshot });
  try {
    // Also brings an image from an older run up to date, and proves the image is readable.
    await applyMigrations(db.runner);
  } catch {
    // A damaged cached image: forget it and start from an empty database.
    await db.close().catch(() => undefined);
    fs.rmSync(snapshotPath(), { force: true });
    snapshot = undefined;
    db = createPrisma({ pgliteDir: "memory" });
    await applyMigrations(db.runner);
  }
  return { prisma: db.prisma, runner: db.runner, pglite: db.pglite, close: db.close };
}

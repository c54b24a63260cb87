// `npm run restore -- ARCHIVE`: brings a backup (scripts/backup.ts) back into an empty database
// (DATABASE_URL, or the embedded one in DATA_DIR) and an empty uploads folder, and refuses
// anything else: a restore never mixes with or overwrites a live site. Then `npm start` (or the
// instances) serve it as it was. README: Backups.
import "dotenv/config";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { configuredOptions, createPrisma } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { MANIFEST, PG_DUMP, PGLITE_DUMP, UPLOADS, libpqUrl, runTool, type Manifest } from "./archive";

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const db = createPrisma({ databaseUrl: url });
  try {
    const rows = await db.runner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
    );
    return rows[0]!.n === 0;
  } finally {
    await db.close();
  }
}

async function restorePostgres(url: string, dump: string): Promise<void> {
  const db = createPrisma({ databaseUrl: url });
  try {
    // The role the app's requests run as (migration office_rls) belongs to the server, not the
    // dump: a new server needs it before the dump's grants and policies name it.
    await db.runner.query(
      `DO $$ BEGIN CREATE ROLE ect_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
    );
    await db.runner.query(
      `DO $$ BEGIN EXECUTE format('GRANT ect_app TO %I', current_user); EXCEPTION WHEN OTHERS THEN NULL; END $$`,
    );
  } finally {
    await db.close();
  }
  runTool("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${libpqUrl(url)}`, dump]);
}

async function restorePglite(dir: string, dump: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const db = createPrisma({ pgliteDir: dir, pgliteSnapshot: new Blob([readFileSync(dump)]) });
  try {
    await db.runner.query("SELECT 1"); // loaded and written to the folder
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const archive = process.argv[2];
  if (!archive) throw new Error("name the archive: npm run restore -- backups/ect-20261207T101500Z.tar");
  if (!existsSync(archive)) throw new Error(`${archive} not found`);
  const config = env();
  const options = configuredOptions();
  const staging = mkdtempSync(path.join(os.tmpdir(), "ect-restore-"));
  try {
    runTool("tar", ["--extract", "--file", archive, "--directory", staging]);
    if (!existsSync(path.join(staging, MANIFEST)))
      throw new Error(`${archive} is not a backup of this site (no ${MANIFEST})`);
    const manifest = JSON.parse(readFileSync(path.join(staging, MANIFEST), "utf8")) as Manifest;
    if (manifest.format !== 1) throw new Error(`${archive}: unknown backup format ${String(manifest.format)}`);
    const known = new Set(readMigrations().map((m) => m.name));
    if (manifest.lastMigration && !known.has(manifest.lastMigration))
      throw new Error(
        `${archive} was taken by a newer version of the site (${manifest.lastMigration}): restore it with that version`,
      );
    const target = options.databaseUrl ? "postgres" : "pglite";
    if (manifest.database !== target)
      throw new Error(
        `${archive} holds ${manifest.database === "postgres" ? "a PostgreSQL" : "an embedded"} database; restore it with ${manifest.database === "postgres" ? "DATABASE_URL set" : "no DATABASE_URL"}`,
      );
    const files = path.join(staging, UPLOADS);
    if (existsSync(files) && !isEmptyFolder(config.uploadsDir))
      throw new Error(`the uploads folder ${config.uploadsDir} is not empty: restore into an empty one`);

    if (options.databaseUrl) {
      if (!(await postgresIsEmpty(options.databaseUrl)))
        throw new Error("the database of DATABASE_URL is not empty: restore into a new, empty database (createdb)");
      await restorePostgres(options.databaseUrl, path.join(staging, PG_DUMP));
    } else {
      const dir = options.pgliteDir!;
      if (!isEmptyFolder(dir))
        throw new Error(`the embedded database ${dir} is not empty: restore with a new DATA_DIR`);
      await restorePglite(dir, path.join(staging, PGLITE_DUMP));
    }
    if (existsSync(files)) {
      mkdirSync(config.uploadsDir, { recursive: true });
      runTool("cp", ["-a", `${files}/.`, config.uploadsDir]);
    }
    console.log(
      `✓ restored ${archive} (taken ${manifest.createdAt}) into ${target === "postgres" ? "the database of DATABASE_URL" : options.pgliteDir}` +
        (existsSync(files) ? ` and ${manifest.files} file(s) into ${config.uploadsDir}` : ""),
    );
    if (manifest.fileStorage === "database" && config.fileStorage === "disk")
      console.log("  ! its files are in the database: start the site with FILE_STORAGE=database");
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`✗ restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

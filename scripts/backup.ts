// `npm run backup [-- ARCHIVE]`: the whole site in one file (scripts/archive.ts), by default
// backups/ect-<UTC time>.tar. The database of DATABASE_URL is dumped by pg_dump (Debian's
// postgresql-client) while the site runs: one consistent snapshot. The embedded database (no
// DATABASE_URL) is one process's folder: stop `npm start` first. README: Backups.
import "dotenv/config";
import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { configuredOptions, createPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { MANIFEST, PG_DUMP, PGLITE_DUMP, UPLOADS, libpqUrl, runTool, type Manifest } from "./archive";

async function lastMigration(options: ReturnType<typeof configuredOptions>): Promise<string | null> {
  const db = createPrisma(options);
  try {
    const rows = await db.runner.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`,
    );
    return rows[0]?.name ?? null;
  } finally {
    await db.close();
  }
}

async function dumpPglite(dir: string, to: string): Promise<void> {
  const db = createPrisma({ pgliteDir: dir });
  try {
    const dump = await db.pglite!.dumpDataDir("gzip");
    writeFileSync(to, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const config = env();
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const archive = path.resolve(process.argv[2] ?? path.join("backups", `ect-${stamp}.tar`));
  if (existsSync(archive)) throw new Error(`${archive} exists already: name a new file`);
  const options = configuredOptions();
  const staging = mkdtempSync(path.join(os.tmpdir(), "ect-backup-"));
  try {
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: options.databaseUrl ? "postgres" : "pglite",
      fileStorage: config.fileStorage,
      lastMigration: await lastMigration(options),
      files: 0,
    };
    if (options.databaseUrl) {
      runTool("pg_dump", [
        "--format=custom",
        "--no-owner",
        `--file=${path.join(staging, PG_DUMP)}`,
        libpqUrl(options.databaseUrl),
      ]);
    } else {
      await dumpPglite(options.pgliteDir!, path.join(staging, PGLITE_DUMP));
    }
    if (config.fileStorage === "disk" && existsSync(config.uploadsDir)) {
      // Unfinished uploads (".part") are not files of the site.
      cpSync(config.uploadsDir, path.join(staging, UPLOADS), {
        recursive: true,
        filter: (src) => !src.endsWith(".part"),
      });
      manifest.files = runTool("find", [path.join(staging, UPLOADS), "-type", "f"])
        .split("\n")
        .filter(Boolean).length;
    }
    writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(path.dirname(archive), { recursive: true });
    // Written beside its name and renamed when complete: a cut-short backup never looks whole.
    const partial = `${archive}.${randomUUID()}.part`;
    try {
      runTool("tar", ["--create", "--file", partial, "--directory", staging, "--sort=name", "."]);
      runTool("mv", [partial, archive]);
    } finally {
      rmSync(partial, { force: true });
    }
    const mb = (statSync(archive).size / 1024 / 1024).toFixed(1);
    console.log(
      `✓ ${archive} (${mb} MB): the ${manifest.database === "postgres" ? "PostgreSQL" : "embedded"} database` +
        (manifest.fileStorage === "disk"
          ? ` and ${manifest.files} file(s) of ${config.uploadsDir}`
          : ", files included (FILE_STORAGE=database)"),
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`✗ backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

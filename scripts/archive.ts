// The backup archive of `npm run backup` and `npm run restore` (README: Backups): one tar file,
// written and read by GNU tar, holding
//   backup.json       what it holds (this Manifest);
//   database.pgdump   PostgreSQL's own dump (pg_dump --format=custom) when DATABASE_URL is set, or
//   pgdata.tar.gz     the embedded database's folder, as PGlite dumps it (dumpDataDir);
//   uploads/…         the uploads folder, when files are kept on disk (FILE_STORAGE=disk); with
//                     FILE_STORAGE=database they are in the database dump.
import { spawnSync } from "node:child_process";

export const MANIFEST = "backup.json";
export const PG_DUMP = "database.pgdump";
export const PGLITE_DUMP = "pgdata.tar.gz";
export const UPLOADS = "uploads";

export type Manifest = {
  format: 1;
  createdAt: string;
  database: "postgres" | "pglite";
  fileStorage: "disk" | "database";
  /** The last migration applied when it was taken: a restore refuses an archive newer than its code. */
  lastMigration: string | null;
  /** Files under uploads/ in the archive. */
  files: number;
};

/** Runs a tool (tar, pg_dump, pg_restore) and throws its own message when it fails. */
export function runTool(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${cmd}: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${cmd} ${args[0] ?? ""} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** The connection string without the settings libpq does not know (schema=… is Prisma's). */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("schema");
  return u.toString();
}

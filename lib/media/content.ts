import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PARTIAL_SUFFIX, removeQuietly, writeDurably } from "./durable";
import { resolveInside } from "./names";

// FILE_STORAGE=database (README: Several instances): an upload's bytes are kept in AssetContent,
// written in the same transaction as its Asset row, so every instance reaches every file without a
// shared folder and one pg_dump holds the whole site. The uploads folder becomes this instance's
// copy, filled on the first request for a file: a stored version never changes (a replacement gets
// a new storagePath), so a copy is never stale, and the file route keeps serving from disk
// (ranges, streaming) as with FILE_STORAGE=disk.

type Tx = Prisma.TransactionClient;

export function contentInDatabase(): boolean {
  return env().fileStorage === "database";
}

/** Inside the transaction that records the version: its bytes, when they are kept in the database. */
export async function keepContent(tx: Tx, assetId: number, storagePath: string, bytes: Uint8Array): Promise<void> {
  if (!contentInDatabase()) return;
  await tx.assetContent.create({ data: { assetId, storagePath, bytes: Uint8Array.from(bytes) } });
}

/** Inside the transaction that replaces a version: the old version's bytes go with it. */
export async function dropContent(tx: Tx, storagePath: string): Promise<void> {
  if (!contentInDatabase()) return;
  await tx.assetContent.deleteMany({ where: { storagePath } });
}

// One fill per file at a time in this process: readers of a file not copied yet wait for the same one.
const filling = new Map<string, Promise<Filled>>();

/** "copied": now on this instance's disk; bytes: the database's copy, which could not be written here; null: none. */
export type Filled = "copied" | Uint8Array | null;

/**
 * Copies a stored version from the database into this instance's uploads folder. When the folder
 * cannot take it (a full or read-only disk) the bytes are handed back to be served from memory:
 * a reader never pays for this instance's disk.
 */
export function fillLocalCopy(storagePath: string, absolutePath: string): Promise<Filled> {
  let fill = filling.get(storagePath);
  if (!fill) {
    fill = copyDown(storagePath, absolutePath).finally(() => filling.delete(storagePath));
    filling.set(storagePath, fill);
  }
  return fill;
}

async function copyDown(storagePath: string, absolutePath: string): Promise<Filled> {
  const row = await getPrisma().assetContent.findUnique({ where: { storagePath }, select: { bytes: true } });
  if (!row) return null;
  try {
    await writeDurably(absolutePath, row.bytes);
  } catch (e) {
    // Another process on the same folder (two instances sharing one after all) got there first.
    if ((await stat(absolutePath).catch(() => null))?.isFile()) return "copied";
    console.error(
      `[media] could not keep a copy of ${storagePath} here (${e instanceof Error ? e.message : String(e)}): serving it from the database`,
    );
    return row.bytes;
  }
  return "copied";
}

export type CopyReport = { copied: number; missing: string[] };

/**
 * Puts into the database every file of the uploads folder that it does not hold yet: run by
 * `npm start` and `npm run fleet` when FILE_STORAGE=database, so an install that kept its files on
 * disk (and the demo content, written to disk) moves over by itself. Files missing from the folder
 * are listed, not invented.
 */
export async function copyFilesToDatabase(prisma: PrismaClient, uploadsDir: string): Promise<CopyReport> {
  const waiting = await prisma.$queryRaw<{ id: number; officeId: number; storagePath: string }[]>`
    SELECT a.id, a."officeId", a."storagePath" FROM "Asset" a
    WHERE NOT EXISTS (SELECT 1 FROM "AssetContent" c WHERE c."storagePath" = a."storagePath")
    ORDER BY a.id`;
  const report: CopyReport = { copied: 0, missing: [] };
  for (const asset of waiting) {
    let bytes: Buffer;
    try {
      bytes = await readFile(resolveInside(uploadsDir, asset.storagePath));
    } catch {
      report.missing.push(asset.storagePath);
      continue;
    }
    report.copied += await prisma.$executeRaw`
      INSERT INTO "AssetContent" ("storagePath", "officeId", "assetId", bytes)
      VALUES (${asset.storagePath}, ${asset.officeId}, ${asset.id}, ${bytes})
      ON CONFLICT ("storagePath") DO NOTHING`;
  }
  return report;
}

/** Copies younger than this are left alone: an upload writes its file before its row commits. */
const PRUNE_AFTER_MS = 60 * 60_000;

/**
 * Removes this instance's copies of versions no row names any more (replaced, or swept on another
 * instance), once an hour old; returns how many. FILE_STORAGE=database only: on disk alone the
 * folder is the files themselves (lib/media/sweep.ts removes those).
 */
export async function pruneLocalCopies(prisma: PrismaClient, uploadsDir: string, now = new Date()): Promise<number> {
  const entries = await readdir(uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const old: { relative: string; absolute: string }[] = [];
  for (const e of entries) {
    if (!e.isFile() || e.name.endsWith(PARTIAL_SUFFIX)) continue;
    const absolute = path.join(e.parentPath, e.name);
    const info = await stat(absolute).catch(() => null);
    if (info && now.getTime() - info.mtimeMs >= PRUNE_AFTER_MS)
      old.push({ relative: path.relative(uploadsDir, absolute).split(path.sep).join("/"), absolute });
  }
  if (old.length === 0) return 0;
  const named = new Set(
    (
      await prisma.$queryRaw<{ storagePath: string }[]>`
        SELECT "storagePath" FROM "Asset" WHERE "storagePath" = ANY(${old.map((f) => f.relative)})`
    ).map((r) => r.storagePath),
  );
  let removed = 0;
  for (const f of old) if (!named.has(f.relative) && (await removeQuietly(f.absolute))) removed++;
  return removed;
}

import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createTestDatabase, type TestDatabase } from "./db";
import { useTestDatabase } from "./app-doubles";

// The setup of the tests that store real files: an uploads folder of their own, a fresh database
// as the app's, and one author to own the uploads; all removed after the file.

/** A new temporary uploads folder, set as UPLOADS_DIR: call before anything reads env(). */
export function tempUploadsDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.UPLOADS_DIR = dir;
  return dir;
}

export function useMediaTestDatabase(uploadsDir: string, ready: (db: TestDatabase, author: SessionUser) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    useTestDatabase(db);
    const u = await db.prisma.user.create({
      data: { email: "author@example.go.th", name: "ผู้เขียน", passwordHash: "x", role: "AUTHOR" },
    });
    ready(db, { id: u.id, email: u.email, name: u.name, role: u.role });
  });
  afterAll(async () => {
    useTestDatabase(undefined);
    await db?.close();
    await rm(uploadsDir, { recursive: true, force: true });
  });
}

/** Every file under `dir`, relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

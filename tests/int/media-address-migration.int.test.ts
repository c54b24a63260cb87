// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationsDir } from "@/lib/db/migrate";
import { createEmptyTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { pdfBytes } from "@/tests/helpers/media-samples";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// The migration that gives files their token address, on a database that already has files and
// published links to them (journalists link to /files/{id}/{name}): every existing file keeps its
// old address while it is public, body uses are found in existing bodies, nothing is lost.

const MIGRATION = "20261206193213_asset_access";
const uploadsDir = mkdtempSync(path.join(os.tmpdir(), "media-migration-"));
process.env.UPLOADS_DIR = uploadsDir;

const { GET } = await import("@/app/files/[id]/[[...name]]/route");

let db: TestDatabase;
const before = mkdtempSync(path.join(os.tmpdir(), "migrations-before-"));

beforeAll(async () => {
  // The migrations as they were before this one.
  for (const name of readdirSync(defaultMigrationsDir)) {
    if (name < MIGRATION || name === "migration_lock.toml")
      cpSync(path.join(defaultMigrationsDir, name), path.join(before, name), { recursive: true });
  }
  db = await createEmptyTestDatabase();
  useTestDatabase(db);
  useTestSession(async () => null);
  await applyMigrations(db.runner, before);
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db?.close();
  rmSync(before, { recursive: true, force: true });
  rmSync(uploadsDir, { recursive: true, force: true });
});

const get = (segment: string) =>
  GET(new Request(`https://ect.example.go.th/files/${segment}/x.pdf`), { params: Promise.resolve({ id: segment }) });

describe(`migration ${MIGRATION}`, () => {
  it("keeps existing files, gives each its own token, keeps their old addresses and finds body images", async () => {
    await mkdir(path.join(uploadsDir, "2025", "01"), { recursive: true });
    for (const n of [1, 2, 3]) await writeFile(path.join(uploadsDir, "2025", "01", `f${n}.pdf`), pdfBytes(`f${n}`));
    // Rows as the old schema had them (raw SQL: the generated client knows only the new schema).
    await db.runner.exec(`
      INSERT INTO "Asset" (id, kind, "fileName", "storagePath", "mimeType", size, sha256, "downloadCount", "updatedAt") VALUES
        (1, 'FILE', 'ประกาศผล.pdf', '2025/01/f1.pdf', 'application/pdf', 10, 'a', 17, now()),
        (2, 'IMAGE', 'ภาพ.png', '2025/01/f2.pdf', 'application/pdf', 10, 'b', 0, now()),
        (3, 'FILE', 'ร่าง.pdf', '2025/01/f3.pdf', 'application/pdf', 10, 'c', 0, now());
      SELECT setval(pg_get_serial_sequence('"Asset"', 'id'), 3);
      INSERT INTO "Post" (id, section, status, title, body, "updatedAt", "publishedAt") VALUES
        (1, 'ELECTION_RESULT', 'PUBLISHED', 'ประกาศผล', '<p><img src="/files/2/a.png" alt=""></p>', now(), now()),
        (2, 'ELECTION_RESULT', 'DRAFT', 'ร่าง', '', now(), NULL);
      SELECT setval(pg_get_serial_sequence('"Post"', 'id'), 2);
      INSERT INTO "PostAttachment" ("postId", "assetId") VALUES (1, 1), (2, 3);
    `);

    await applyMigrations(db.runner);

    const assets = await db.prisma.asset.findMany({ orderBy: { id: "asc" } });
    expect(assets.map((a) => [a.id, a.fileName, a.downloadCount, a.legacyAddress])).toEqual([
      [1, "ประกาศผล.pdf", 17, true],
      [2, "ภาพ.png", 0, true],
      [3, "ร่าง.pdf", 0, true],
    ]);
    expect(new Set(assets.map((a) => a.token)).size).toBe(3);
    for (const a of assets) expect(a.token).toMatch(/^[0-9a-f]{32}$/);
    expect(await db.prisma.assetBodyUse.findMany({ select: { assetId: true, postId: true } })).toEqual([
      { assetId: 2, postId: 1 },
    ]);

    // Published addresses keep working; the draft's file is gone from the public.
    for (const a of assets.slice(0, 2)) {
      const res = await get(String(a.id));
      expect(res.status).toBe(308);
      expect(res.headers.get("location")).toBe(`/files/${a.id}-${a.token}/${encodeURIComponent(a.fileName)}`);
      expect((await get(`${a.id}-${a.token}`)).status).toBe(200);
    }
    expect((await get("3")).status).toBe(404);

    // Files stored from now on have no old address.
    const fresh = await db.prisma.asset.create({
      data: {
        kind: "FILE",
        fileName: "ใหม่.pdf",
        storagePath: "2025/01/f1-new.pdf",
        mimeType: "application/pdf",
        size: 1,
        sha256: "d",
      },
    });
    expect(fresh.legacyAddress).toBe(false);
  });
});

// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationsDir } from "@/lib/db/migrate";
import { OWNED_MODELS } from "@/lib/offices/scope";
import { createEmptyTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The migration that brings offices, on a single-office database as it stood before it: a row in
// every table, written with the old schema's SQL. Afterwards every row is still there with the
// same ids and values, and every owned row belongs to the office the settings named.

const MIGRATION = "20261207054333_offices";
const before = mkdtempSync(path.join(os.tmpdir(), "migrations-before-offices-"));
const open: TestDatabase[] = [];

const TABLES = [
  "User",
  "Post",
  "PostSlug",
  "ChangeNote",
  "PostRevision",
  "Asset",
  "AssetBodyUse",
  "PostAttachment",
  "PostImage",
  "Tag",
  "PostTag",
  "Event",
  "Holiday",
  "SiteSettings",
  "AuditLog",
  "Session",
  "LoginAttempt",
  "OnlineVisitor",
  "Election",
  "Contest",
  "Candidate",
  "ElectionPost",
  "OfficePage",
  "Executive",
  "ProcurementDisclosure",
];

function oneOfEach(province: string): string {
  return `
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES (5, 'editor@example.go.th', 'บรรณาธิการ', 'x', 'EDITOR', now());
    INSERT INTO "SiteSettings" (id, "officeName", province, "copyrightStartYear", "updatedAt") VALUES (1, 'สำนักงานคณะกรรมการการเลือกตั้ง', '${province}', 2559, now());
    INSERT INTO "Asset" (id, kind, "fileName", "storagePath", "mimeType", size, sha256, "updatedAt") VALUES
      (11, 'FILE', 'ประกาศ.pdf', '2025/01/a.pdf', 'application/pdf', 10, 'a', now()),
      (12, 'IMAGE', 'ภาพ.png', '2025/01/b.png', 'image/png', 10, 'b', now());
    INSERT INTO "Post" (id, section, status, title, slug, body, "authorId", "coverId", "updatedAt", "publishedAt") VALUES
      (21, 'PRESS_RELEASE', 'PUBLISHED', 'ลงนาม MOU', 'mou', '<p><img src="/files/12/b.png" alt=""></p>', 5, 12, now(), now());
    SELECT setval(pg_get_serial_sequence('"Post"', 'id'), 21);
    INSERT INTO "PostSlug" ("postId", slug) VALUES (21, 'mou-old');
    INSERT INTO "ChangeNote" ("postId", note) VALUES (21, 'แก้ไขวันที่');
    INSERT INTO "PostRevision" ("postId", version, data, "authorId") VALUES (21, 1, '{"title":"ลงนาม"}', 5);
    INSERT INTO "PostAttachment" ("postId", "assetId") VALUES (21, 11);
    INSERT INTO "PostImage" ("postId", "assetId") VALUES (21, 12);
    INSERT INTO "Tag" (id, name) VALUES (31, 'เลือกตั้ง');
    INSERT INTO "PostTag" ("postId", "tagId") VALUES (21, 31);
    INSERT INTO "Event" (title, "startsAt", "updatedAt") VALUES ('ประชุม', now(), now());
    INSERT INTO "Holiday" (date, name) VALUES ('2026-12-10', 'วันรัฐธรรมนูญ');
    INSERT INTO "AuditLog" ("userId", action, entity, "entityId") VALUES (5, 'post.publish', 'post', '21');
    INSERT INTO "Session" (id, "userId", "expiresAt") VALUES ('s1', 5, now() + interval '1 day');
    INSERT INTO "LoginAttempt" (key, "firstAt", "lastAt") VALUES ('user:x', now(), now());
    INSERT INTO "OnlineVisitor" (id, "lastSeen") VALUES ('v1', now());
    INSERT INTO "Election" (id, kind, title, "pollingDay", "updatedAt") VALUES (41, 'MP', 'เลือกตั้ง ส.ส. 2566', now(), now());
    INSERT INTO "Contest" (id, "electionId", position, area) VALUES (42, 41, 'ส.ส.', 'เขต 1');
    INSERT INTO "Candidate" ("contestId", number, name) VALUES (42, 1, 'ผู้สมัคร');
    INSERT INTO "ElectionPost" ("electionId", "postId") VALUES (41, 21);
    INSERT INTO "OfficePage" (key, title, body, "updatedAt") VALUES ('ABOUT', 'เกี่ยวกับเรา', '<p><a href="/files/11">ไฟล์</a></p>', now());
    INSERT INTO "Executive" (name, position, "photoId", "updatedAt") VALUES ('ผู้อำนวยการ', 'ผอ.', 12, now());
    INSERT INTO "ProcurementDisclosure" ("fiscalYear", kind, title, "documentDate", month, "fileId", "updatedAt") VALUES
      (2569, 'MONTHLY_SUMMARY', 'สขร.1', now(), 10, 11, now());
  `;
}

/** Every row of every table, without the columns the later migrations add (and the settings' old id). */
async function snapshot(db: TestDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await db.runner.query<{ row: string }>(
      `SELECT (to_jsonb(t) - 'officeId' - 'isPlatformAdmin' - 'nationalId' - 'videoId' - 'videoPosterId' - 'videoCaptionsId' - 'titleEn' - 'summaryEn' - 'bodyEn' - CASE WHEN '${table}' = 'SiteSettings' THEN 'id' ELSE '' END)::text AS row
       FROM "${table}" t ORDER BY 1`,
    );
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

async function oldDatabase(province: string): Promise<TestDatabase> {
  const db = await createEmptyTestDatabase();
  open.push(db);
  await applyMigrations(db.runner, before);
  await db.runner.exec(oneOfEach(province));
  return db;
}

beforeAll(() => {
  for (const name of readdirSync(defaultMigrationsDir)) {
    if (name < MIGRATION || name === "migration_lock.toml")
      cpSync(path.join(defaultMigrationsDir, name), path.join(before, name), { recursive: true });
  }
});

afterAll(async () => {
  for (const db of open) await db.close();
  rmSync(before, { recursive: true, force: true });
});

describe(`migration ${MIGRATION}`, () => {
  it("keeps every row, id and value, and gives the content to the office the settings name", async () => {
    const db = await oldDatabase("เชียงราย");
    const was = await snapshot(db);
    expect(Object.values(was).every((rows) => rows.length > 0)).toBe(true);

    await applyMigrations(db.runner);

    expect(await snapshot(db)).toEqual(was);
    const offices = await db.prisma.office.findMany({ orderBy: { id: "asc" } });
    expect(offices).toHaveLength(78);
    expect(offices.filter((o) => o.isCentral).map((o) => o.code)).toEqual(["ect"]);
    const home = offices.filter((o) => o.isDefault);
    expect(home.map((o) => [o.code, o.nameTh])).toEqual([["chiangrai", "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย"]]);
    // Every table with an office of its own (lib/offices/scope.ts) that existed before offices
    // (not the central pins and files' bytes, made later and empty here).
    const later = new Set<string>(["CentralPin", "AssetContent", "Subscriber", "AlertDelivery"]);
    for (const table of OWNED_MODELS.filter((m) => !later.has(m))) {
      const owners = await db.runner.query<{ officeId: number }>(`SELECT DISTINCT "officeId" FROM "${table}"`);
      expect(owners, table).toEqual([{ officeId: home[0]!.id }]);
    }
    // New rows go on numbering where the old ones stopped.
    const next = await db.prisma.post.create({ data: { section: "OTHER", title: "ใหม่" } });
    expect(next.id).toBe(22);
    expect(next.officeId).toBe(home[0]!.id);
  });

  it("accepts the province written with จังหวัด in front", async () => {
    const db = await oldDatabase("จังหวัดน่าน");
    await applyMigrations(db.runner);
    const home = await db.prisma.office.findFirstOrThrow({ where: { isDefault: true } });
    expect(home.code).toBe("nan");
    expect((await db.prisma.post.findFirstOrThrow()).officeId).toBe(home.id);
  });

  it("stops with a message naming the province it does not know, and changes nothing", async () => {
    const db = await oldDatabase("เมืองลับแล");
    const was = await snapshot(db);
    await expect(applyMigrations(db.runner)).rejects.toThrow(/เมืองลับแล.*not one of the 77 provinces/);
    expect(await db.runner.query(`SELECT to_regclass('"Office"') AS t`)).toEqual([{ t: null }]);
    expect(await snapshot(db)).toEqual(was);
  });
});

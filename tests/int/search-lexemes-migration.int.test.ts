// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationsDir } from "@/lib/db/migrate";
import { Prisma } from "@/lib/generated/prisma/client";
import { poolCondition } from "@/lib/search/match-sql";
import { buildNgramVector } from "@/lib/search/ngram";
import { createEmptyTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The migration that puts each post's office in front of its n-gram lexemes (lib/search/ngram.ts),
// on a database whose posts were indexed before it: the same grams come out as the site now
// writes them, a post not indexed yet stays so, and a search in one office finds its own posts
// and not another office's with the same words.

const MIGRATION = "20261207125323_search_office_lexemes";
const before = mkdtempSync(path.join(os.tmpdir(), "migrations-before-office-lexemes-"));
let db: TestDatabase;

// แม่สาย as the site indexed it before: its 3-grams, no office.
const OLD_GRAMS = "'แม่' 'ม่ส' '่สา' 'สาย'";

beforeAll(async () => {
  for (const name of readdirSync(defaultMigrationsDir)) {
    if (name < MIGRATION || name === "migration_lock.toml")
      cpSync(path.join(defaultMigrationsDir, name), path.join(before, name), { recursive: true });
  }
  db = await createEmptyTestDatabase();
  await applyMigrations(db.runner, before);
});

afterAll(async () => {
  await db?.close();
  rmSync(before, { recursive: true, force: true });
});

async function matching(officeId: number): Promise<number[]> {
  const rows = await db.prisma.$queryRaw<Array<{ id: number }>>(
    Prisma.sql`SELECT id FROM "Post" WHERE ${poolCondition([["แม่สาย"]], officeId)} ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

describe(`migration ${MIGRATION}`, () => {
  it("rewrites every indexed post's grams behind its office, keeps unindexed posts for indexMissing", async () => {
    const [home, other] = await db.prisma.office.findMany({
      where: { isCentral: false },
      orderBy: { id: "asc" },
      take: 2,
    });
    await db.runner.query(
      `INSERT INTO "Post" (id, "officeId", section, status, title, "updatedAt", "publishedAt", "ngramVector", "searchText") VALUES
        (1, $1, 'ANNOUNCEMENT', 'PUBLISHED', 'แม่สาย', now(), now(), $3::tsvector, 'แม่สาย'),
        (2, $2, 'ANNOUNCEMENT', 'PUBLISHED', 'แม่สาย', now(), now(), $3::tsvector, 'แม่สาย'),
        (3, $1, 'ANNOUNCEMENT', 'PUBLISHED', 'แม่สาย', now(), now(), NULL, NULL),
        (4, $1, 'ANNOUNCEMENT', 'DRAFT', '', now(), NULL, '', '')`,
      [home!.id, other!.id, OLD_GRAMS],
    );

    await applyMigrations(db.runner);

    const rows = await db.runner.query<{ id: number; same: boolean | null; empty: boolean | null }>(
      `SELECT id, "ngramVector" = CASE "officeId" WHEN ${home!.id} THEN $1::tsvector ELSE $2::tsvector END AS same,
         "ngramVector" = ''::tsvector AS empty FROM "Post" ORDER BY id`,
      [buildNgramVector(home!.id, "แม่สาย"), buildNgramVector(other!.id, "แม่สาย")],
    );
    expect(rows).toEqual([
      { id: 1, same: true, empty: false },
      { id: 2, same: true, empty: false },
      { id: 3, same: null, empty: null },
      { id: 4, same: false, empty: true },
    ]);
    expect(await matching(home!.id)).toEqual([1]);
    expect(await matching(other!.id)).toEqual([2]);
  });
});

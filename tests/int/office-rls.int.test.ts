// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDirectory } from "@/lib/offices/directory";
import type { DirectoryOffice } from "@/lib/offices/hosts";
import { OWNED_MODELS } from "@/lib/offices/scope";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The second wall between offices: row-level security on every table whose rows name an office
// (migration office_rls). A request's queries run on its office's connections (role ect_app,
// ect.office_id set: lib/db/office-pools.ts). Here those connections are used *without* the first
// wall (the query scope of lib/offices/scope.ts), as a query that forgot its office would be: they
// still see and change only their own office's rows. Needs a PostgreSQL server (PGlite has no
// second wall: README, Offices).

const server = !!process.env.DATABASE_URL;
let db: TestDatabase;
let offices: Record<string, DirectoryOffice>;
let phayao: PrismaClient;
const ids: Record<string, number> = {};

beforeAll(async () => {
  if (!server) return;
  db = await createTestDatabase();
  offices = Object.fromEntries((await loadDirectory(db.prisma)).map((o) => [o.code, o]));
  phayao = db.forOffice!(offices.phayao!.id);
  const post = (code: string, title: string) =>
    db.prisma.post.create({ data: { officeId: offices[code]!.id, title, section: "PRESS_RELEASE" } });
  ids.chiangrai = (await post("chiangrai", "ข่าวเชียงราย")).id;
  ids.phayao = (await post("phayao", "ข่าวพะเยา")).id;
  const user = (code: string, email: string, isPlatformAdmin = false) =>
    db.prisma.user.create({
      data: { officeId: offices[code]!.id, email, name: email, role: "ADMIN", passwordHash: "!", isPlatformAdmin },
    });
  ids.platformAdmin = (await user("ect", "it@ect.test.go.th", true)).id;
  ids.chiangraiAdmin = (await user("chiangrai", "admin@chiangrai.test.go.th")).id;
});

afterAll(async () => {
  await db?.close();
});

describe.skipIf(!server)("row-level security between offices", () => {
  it("is on for every table whose rows name an office, for the application's role", async () => {
    const rows = await db.runner.query<{ table: string; rls: boolean; policies: string[] }>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls,
              COALESCE(array_agg(p.policyname ORDER BY p.policyname) FILTER (WHERE p.policyname IS NOT NULL), '{}') AS policies
       FROM pg_class c LEFT JOIN pg_policies p ON p.tablename = c.relname AND p.schemaname = 'public' AND 'ect_app' = ANY (p.roles)
       WHERE c.relname = ANY ($1) AND c.relnamespace = 'public'::regnamespace
       GROUP BY c.relname, c.relrowsecurity ORDER BY c.relname`,
      [[...OWNED_MODELS]],
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...OWNED_MODELS].sort());
    for (const r of rows) {
      expect(r.rls, r.table).toBe(true);
      expect(r.policies, r.table).toContain("office_wall");
    }
  });

  it("an office's connections read only its own rows, whatever the query asks", async () => {
    expect((await phayao.post.findMany()).map((p) => p.title)).toEqual(["ข่าวพะเยา"]);
    expect(await phayao.post.findUnique({ where: { id: ids.chiangrai } })).toBeNull();
    const counted = await phayao.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Post"`;
    expect(Number(counted[0]!.n)).toBe(1);
    // The default office's connections (no office set) are Chiang Rai's.
    expect((await db.forOffice!(null).post.findMany()).map((p) => p.title)).toEqual(["ข่าวเชียงราย"]);
  });

  it("nor change, move or delete another office's rows", async () => {
    const before = await db.prisma.post.findUniqueOrThrow({ where: { id: ids.chiangrai } });
    expect((await phayao.post.updateMany({ where: { id: ids.chiangrai }, data: { title: "ยึด" } })).count).toBe(0);
    expect((await phayao.post.deleteMany({ where: { id: ids.chiangrai } })).count).toBe(0);
    await expect(
      phayao.post.update({ where: { id: ids.phayao }, data: { officeId: offices.chiangrai!.id } }),
    ).rejects.toThrow(/row-level security/);
    await expect(
      phayao.post.create({ data: { officeId: offices.chiangrai!.id, title: "แทรก", section: "OTHER" } }),
    ).rejects.toThrow(/row-level security/);
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: ids.chiangrai } })).toEqual(before);
    expect(await db.prisma.post.count({ where: { officeId: offices.chiangrai!.id } })).toBe(1);
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: ids.phayao } })).toMatchObject({
      officeId: offices.phayao!.id,
    });
  });

  it("sees a platform administrator's account (their name on its records), never another office's staff", async () => {
    const seen = await phayao.user.findMany({ select: { id: true } });
    expect(seen.map((u) => u.id)).toEqual([ids.platformAdmin]);
    expect((await phayao.user.updateMany({ where: { id: ids.platformAdmin }, data: { name: "x" } })).count).toBe(0);
    expect(await phayao.user.findUnique({ where: { id: ids.chiangraiAdmin } })).toBeNull();
  });
});

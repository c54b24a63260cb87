// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeToOffice } from "@/lib/offices/scope";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// Two offices on one database, each seen through its own confined client (lib/offices/scope.ts,
// the client getPrisma() hands out): neither sees, counts, changes or deletes the other's rows,
// even when asked for them by id, and what each creates is its own.

let db: TestDatabase;
let chiangrai: number;
let nan: number;
const ids: Record<string, number> = {};

async function officeRows(officeId: number) {
  const p = await db.prisma.post.create({
    data: {
      officeId,
      section: "PRESS_RELEASE",
      status: "PUBLISHED",
      title: `ข่าว ${officeId}`,
      publishedAt: new Date(),
    },
  });
  await db.prisma.postSlug.create({ data: { postId: p.id, slug: "mou" } });
  await db.prisma.changeNote.create({ data: { postId: p.id, note: "แก้ไขวันที่" } });
  const tag = await db.prisma.tag.create({ data: { officeId, name: "เลือกตั้ง" } });
  await db.prisma.postTag.create({ data: { postId: p.id, tagId: tag.id } });
  const e = await db.prisma.election.create({
    data: { officeId, kind: "MP", title: "เลือกตั้ง ส.ส.", pollingDay: new Date("2023-05-13T17:00:00Z") },
  });
  const c = await db.prisma.contest.create({ data: { electionId: e.id, position: "ส.ส.", area: "เขต 1" } });
  await db.prisma.candidate.create({ data: { contestId: c.id, number: 1, name: "ผู้สมัคร" } });
  await db.prisma.siteSettings.create({
    data: { officeId, officeName: `สำนักงาน ${officeId}`, province: "จังหวัด", copyrightStartYear: 2559 },
  });
  await db.prisma.officePage.create({ data: { officeId, key: "ABOUT", title: "เกี่ยวกับเรา" } });
  return p.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const offices = await db.prisma.office.findMany({ where: { code: { in: ["chiangrai", "nan"] } } });
  chiangrai = offices.find((o) => o.code === "chiangrai")!.id;
  nan = offices.find((o) => o.code === "nan")!.id;
  ids.chiangrai = await officeRows(chiangrai);
  ids.nan = await officeRows(nan);
});

afterAll(async () => {
  await db?.close();
});

describe("a client confined to one office", () => {
  it("lists, counts and finds only its own rows, parents and children alike", async () => {
    const cr = scopeToOffice(db.prisma, () => chiangrai);
    expect((await cr.post.findMany()).map((p) => p.id)).toEqual([ids.chiangrai]);
    expect(await cr.post.count()).toBe(1);
    expect(await cr.tag.count({ where: { name: "เลือกตั้ง" } })).toBe(1);
    expect((await cr.postSlug.findMany({ where: { slug: "mou" } })).map((s) => s.postId)).toEqual([ids.chiangrai]);
    expect(await cr.candidate.count()).toBe(1);
    expect(await cr.changeNote.count()).toBe(1);
    expect((await cr.siteSettings.findFirst())?.officeId).toBe(chiangrai);
    expect((await cr.officePage.findFirst({ where: { key: "ABOUT" } }))?.officeId).toBe(chiangrai);
    // Through a transaction too.
    expect(await cr.$transaction((tx) => tx.post.count())).toBe(1);
  });

  it("does not find, change or delete another office's row named by id", async () => {
    const cr = scopeToOffice(db.prisma, () => chiangrai);
    const before = await db.prisma.post.findUniqueOrThrow({ where: { id: ids.nan } });
    expect(await cr.post.findUnique({ where: { id: ids.nan } })).toBeNull();
    expect(await cr.post.findFirst({ where: { id: ids.nan } })).toBeNull();
    await expect(cr.post.update({ where: { id: ids.nan }, data: { title: "ถูกแก้" } })).rejects.toThrow();
    expect((await cr.post.updateMany({ where: { id: ids.nan }, data: { title: "ถูกแก้" } })).count).toBe(0);
    expect((await cr.changeNote.deleteMany({ where: { postId: ids.nan } })).count).toBe(0);
    await expect(cr.post.delete({ where: { id: ids.nan } })).rejects.toThrow();
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: ids.nan } })).toEqual(before);
    expect(await db.prisma.changeNote.count({ where: { postId: ids.nan } })).toBe(1);
  });

  it("creates rows in its own office, whatever office the data names", async () => {
    const cr = scopeToOffice(db.prisma, () => chiangrai);
    const event = await cr.event.create({ data: { officeId: nan, title: "ประชุม", startsAt: new Date() } });
    expect(event.officeId).toBe(chiangrai);
    await cr.tag.createMany({ data: [{ name: "ใหม่", officeId: nan }] });
    expect(await db.prisma.tag.count({ where: { name: "ใหม่", officeId: chiangrai } })).toBe(1);
    expect(await db.prisma.tag.count({ where: { name: "ใหม่", officeId: nan } })).toBe(0);
  });

  it("lets two offices use the same tag name and page key", async () => {
    expect(await db.prisma.tag.count({ where: { name: "เลือกตั้ง" } })).toBe(2);
    expect(await db.prisma.officePage.count({ where: { key: "ABOUT" } })).toBe(2);
  });
});

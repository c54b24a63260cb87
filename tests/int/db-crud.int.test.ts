// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

describe("Prisma on the test database", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  it("round-trips a post with a Thai title, its author and tags", async () => {
    const author = await db.prisma.user.create({
      data: { email: "editor@example.go.th", name: "สมชาย ใจดี", passwordHash: "x", role: "EDITOR" },
    });
    const publishedAt = new Date("2022-04-28T03:00:00.123Z");
    const created = await db.prisma.post.create({
      data: {
        section: "ELECTION_ANNOUNCEMENT",
        title: "ประกาศผลการเลือกตั้งสมาชิกสภาองค์การบริหารส่วนจังหวัด",
        status: "PUBLISHED",
        publishedAt,
        authorId: author.id,
        tags: { create: [{ tag: { create: { name: "เลือกตั้ง" } } }] },
      },
    });

    const read = await db.prisma.post.findUniqueOrThrow({
      where: { id: created.id },
      include: { author: true, tags: { include: { tag: true } } },
    });
    expect(read.title).toBe("ประกาศผลการเลือกตั้งสมาชิกสภาองค์การบริหารส่วนจังหวัด");
    expect(read.author?.name).toBe("สมชาย ใจดี");
    expect(read.tags.map((t) => t.tag.name)).toEqual(["เลือกตั้ง"]);
    expect(read.publishedAt?.toISOString()).toBe(publishedAt.toISOString());
    expect(read.version).toBe(1);

    const updated = await db.prisma.post.update({
      where: { id: created.id, version: 1 },
      data: { title: "ประกาศผลการเลือกตั้ง (แก้ไข)", version: { increment: 1 } },
    });
    expect(updated).toMatchObject({ title: "ประกาศผลการเลือกตั้ง (แก้ไข)", version: 2 });

    await db.prisma.post.delete({ where: { id: created.id } });
    expect(await db.prisma.post.count()).toBe(0);
    expect(await db.prisma.postTag.count()).toBe(0); // cascade
  });

  it("gives raw SQL the same database, with Thai trigrams", async () => {
    await db.runner.exec(
      `INSERT INTO "Tag" ("name") VALUES ('ประกาศผลการเลือกตั้ง'); INSERT INTO "Tag" ("name") VALUES ('จัดซื้อจัดจ้าง');`,
    );
    expect((await db.prisma.tag.findMany({ orderBy: { id: "asc" } })).map((t) => t.name)).toContain("จัดซื้อจัดจ้าง");
    const [hit] = await db.runner.query<{ name: string; score: number }>(
      `SELECT "name", word_similarity($1, "name") AS score FROM "Tag" WHERE "name" <> $1 ORDER BY score DESC LIMIT 1`,
      ["เลือกตั้ง"],
    );
    expect(hit?.name).toBe("ประกาศผลการเลือกตั้ง");
    expect(hit?.score).toBeGreaterThan(0.5);
  });

  it("rolls back a failed interactive transaction", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.tag.create({ data: { name: "ชั่วคราว" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.prisma.tag.findFirst({ where: { name: "ชั่วคราว" } })).toBeNull();
  });
});

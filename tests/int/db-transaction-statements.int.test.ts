// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { makeAsset, makePost } from "@/tests/helpers/post-fixtures";

// One interactive transaction is one connection, which runs one statement at a time. Prisma sends
// the relation queries of one read together, and callers may Promise.all over `tx`: node-postgres
// warns about that today (and pg 9 refuses it). The database layer queues them itself
// (lib/db/one-at-a-time.ts). tests/vitest.setup.ts fails any test during which pg warned.

let db: TestDatabase;
const warnings: string[] = [];
const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);

beforeAll(async () => {
  db = await createTestDatabase();
  process.on("warning", onWarning);
});

beforeEach(() => {
  warnings.length = 0;
});

afterAll(async () => {
  process.off("warning", onWarning);
  await db.close();
});

/** The 'warning' event fires a tick after the call that caused it. */
const settled = () => new Promise((r) => setImmediate(r));

describe("statements of one transaction", () => {
  it("a read with several relations and a Promise.all over tx calls give their results, with no overlap on the connection", async () => {
    const author = await db.prisma.user.create({
      data: { email: "serial@example.go.th", name: "ทดสอบ", role: "AUTHOR", passwordHash: "x" },
    });
    const post = await makePost(db.prisma, { authorId: author.id, tags: ["เลือกตั้ง", "ประกาศ"] });
    const image = await makeAsset(db.prisma, "IMAGE");
    const file = await makeAsset(db.prisma, "FILE");
    await db.prisma.postImage.create({ data: { postId: post.id, assetId: image.id, position: 0 } });
    await db.prisma.postAttachment.create({ data: { postId: post.id, assetId: file.id, position: 0 } });

    const [row, counts] = await db.prisma.$transaction(async (tx) => {
      const read = await tx.post.findUniqueOrThrow({
        where: { id: post.id },
        include: { tags: { include: { tag: true } }, gallery: true, attachments: true },
      });
      const all = await Promise.all([
        tx.postTag.count({ where: { postId: post.id } }),
        tx.postImage.count(),
        tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`,
      ]);
      return [read, all] as const;
    });
    expect(row.tags.map((t) => t.tag.name).sort()).toEqual(["ประกาศ", "เลือกตั้ง"]);
    expect(row.gallery.map((g) => g.assetId)).toEqual([image.id]);
    expect(row.attachments.map((a) => a.assetId)).toEqual([file.id]);
    expect(counts).toEqual([2, 1, [{ n: 1 }]]);
    await settled();
    expect(warnings).toEqual([]);
  });

  it("a failed statement still rolls the whole transaction back", async () => {
    const before = await db.prisma.tag.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await Promise.all([tx.tag.create({ data: { name: "ชั่วคราว" } }), tx.$executeRaw`SELECT 1/0`]);
      }),
    ).rejects.toThrow();
    expect(await db.prisma.tag.count()).toBe(before);
    await settled();
    expect(warnings).toEqual([]);
  });

  it("the raw SQL runner's transactions take one statement at a time as well", async () => {
    const rows = await db.runner.transaction((tx) =>
      Promise.all([tx.query<{ n: number }>("SELECT 1::int AS n"), tx.query<{ n: number }>("SELECT $1::int AS n", [2])]),
    );
    expect(rows).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    await settled();
    expect(warnings).toEqual([]);
  });
});

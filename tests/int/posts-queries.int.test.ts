import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { getLatestPosts, getPublicPost, getSectionPage, PAGE_SIZE } from "@/lib/posts/queries";
import type { PostSummary } from "@/lib/posts/view";
import { MOU_SLUG, seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";
import { defaultOfficeId } from "@/lib/offices/current";

let db: TestDatabase;
let uploadsDir: string;
// Later than every fixed date in the demo, so none is pulled back to "now".
const now = new Date("2026-08-01T05:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), "posts-queries-uploads-"));
  await seedDemo(db.prisma, { uploadsDir, now });
  useTestDatabase(db);
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db?.close();
  if (uploadsDir) await rm(uploadsDir, { recursive: true, force: true });
});

const statusOf = async (ids: number[]) =>
  new Map(
    (await db.prisma.post.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })).map((p) => [
      p.id,
      p.status,
    ]),
  );

const expectNewestFirst = (items: PostSummary[]) => {
  for (let i = 1; i < items.length; i++) {
    expect(items[i - 1]!.publishedAt.getTime()).toBeGreaterThanOrEqual(items[i]!.publishedAt.getTime());
  }
};

/** Runs `fn` with one post temporarily in another status (as an editor would set it). */
async function withStatus(id: number, status: PostStatus, fn: () => Promise<void>): Promise<void> {
  const before = await db.prisma.post.findUniqueOrThrow({ where: { id } });
  await db.prisma.post.update({
    where: { id },
    data: {
      status,
      ...(status === "WITHDRAWN" ? { withdrawnAt: now, withdrawnReason: "ทดสอบ" } : {}),
      ...(status === "SCHEDULED" ? { scheduledAt: new Date(now.getTime() + 86_400_000) } : {}),
    },
  });
  try {
    await fn();
  } finally {
    await db.prisma.post.update({
      where: { id },
      data: {
        status: before.status,
        withdrawnAt: before.withdrawnAt,
        withdrawnReason: before.withdrawnReason,
        scheduledAt: before.scheduledAt,
      },
    });
  }
}

describe("getLatestPosts", () => {
  it("returns every published post and nothing else, newest first", async () => {
    const items = await getLatestPosts({ limit: 1000 });
    expect(items).toHaveLength(57);
    const statuses = await statusOf(items.map((p) => p.id));
    expect([...statuses.values()].every((s) => s === "PUBLISHED")).toBe(true);
    expectNewestFirst(items);
    expect(new Set(items.map((p) => p.id)).size).toBe(57);
  });

  it("gives each item a reader's address and a cover image address when there is one", async () => {
    const items = await getLatestPosts({ limit: 1000 });
    const mou = items.find((p) => p.path.endsWith(`/${MOU_SLUG}`));
    expect(mou?.path).toBe(`/posts/${mou?.id}/${MOU_SLUG}`);
    for (const p of items) {
      expect(p.path).toMatch(new RegExp(`^/posts/${p.id}(/[a-z0-9-]+)?$`));
      if (p.cover) expect(p.cover.src).toMatch(new RegExp(`^/files/${p.cover.id}-[0-9a-f]{32}/[^/]+$`));
    }
    expect(items.some((p) => p.cover)).toBe(true);
  });

  it("keeps to the limit, taking the newest", async () => {
    const all = await getLatestPosts({ limit: 1000 });
    const five = await getLatestPosts({ limit: 5 });
    expect(five.map((p) => p.id)).toEqual(all.slice(0, 5).map((p) => p.id));
  });

  it("keeps to the sections asked for", async () => {
    const press = await getLatestPosts({ sections: ["PRESS_RELEASE"], limit: 100 });
    expect(press).toHaveLength(12);
    expect(press.every((p) => p.section === "PRESS_RELEASE")).toBe(true);
    expectNewestFirst(press);

    const two: Section[] = ["ELECTION_ANNOUNCEMENT", "ELECTION_RESULT"];
    const elections = await getLatestPosts({ sections: two, limit: 3 });
    expect(elections).toHaveLength(3);
    expect(elections.every((p) => two.includes(p.section))).toBe(true);
    expectNewestFirst(elections);
  });
});

describe("getSectionPage", () => {
  it("splits the 12 published press releases into a full first page and a second of 2", async () => {
    expect(PAGE_SIZE).toBe(10);
    const first = await getSectionPage("PRESS_RELEASE", 1);
    const second = await getSectionPage("PRESS_RELEASE", 2);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 12 });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 12 });
    expect(first!.items).toHaveLength(10);
    expect(second!.items).toHaveLength(2);

    const listed = [...first!.items, ...second!.items];
    expect(new Set(listed.map((p) => p.id)).size).toBe(12);
    expectNewestFirst(listed);
    const latest = await getLatestPosts({ sections: ["PRESS_RELEASE"], limit: 100 });
    expect(listed.map((p) => p.id)).toEqual(latest.map((p) => p.id));
  });

  it("answers null for a page past the end", async () => {
    expect(await getSectionPage("PRESS_RELEASE", 3)).toBeNull();
    expect(await getSectionPage("MULTIMEDIA", 2)).toBeNull();
  });

  it("counts only published posts, leaving out drafts and posts in review", async () => {
    // The demo has one press release in review, and one draft each in activities and procurement
    // (Chiang Rai's: the other demo offices' posts are not this site's).
    const officeId = await defaultOfficeId(db.prisma);
    const hidden = await db.prisma.post.findMany({ where: { officeId, status: { in: ["DRAFT", "IN_REVIEW"] } } });
    expect(hidden.map((p) => p.section).sort()).toEqual(["NEWS_ACTIVITY", "PRESS_RELEASE", "PROCUREMENT"]);
    for (const section of ["PRESS_RELEASE", "NEWS_ACTIVITY", "PROCUREMENT"] as const) {
      const published = await db.prisma.post.count({ where: { officeId, section, status: "PUBLISHED" } });
      const all = await db.prisma.post.count({ where: { officeId, section } });
      expect(all).toBe(published + 1);
      const first = await getSectionPage(section, 1);
      expect(first?.total, section).toBe(published);
      const listed: number[] = [];
      for (let page = 1; page <= first!.pageCount; page++) {
        listed.push(...(await getSectionPage(section, page))!.items.map((p) => p.id));
      }
      expect(listed, section).toHaveLength(published);
      for (const p of hidden) expect(listed).not.toContain(p.id);
    }
  });

  it("shows an empty first page for a section with nothing published", async () => {
    const others = await db.prisma.post.findMany({ where: { section: "OTHER", status: "PUBLISHED" } });
    await db.prisma.post.updateMany({ where: { id: { in: others.map((p) => p.id) } }, data: { status: "DRAFT" } });
    try {
      expect(await getSectionPage("OTHER", 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
      expect(await getSectionPage("OTHER", 2)).toBeNull();
    } finally {
      await db.prisma.post.updateMany({
        where: { id: { in: others.map((p) => p.id) } },
        data: { status: "PUBLISHED" },
      });
    }
  });
});

describe("getPublicPost", () => {
  const mouId = async () => (await db.prisma.post.findFirstOrThrow({ where: { slug: MOU_SLUG } })).id;

  it("returns the MOU press release as readers see it", async () => {
    const id = await mouId();
    const post = await getPublicPost(id);
    expect(post).not.toBeNull();
    expect(post!.section).toBe("PRESS_RELEASE");
    expect(post!.path).toBe(`/posts/${id}/${MOU_SLUG}`);
    expect(post!.slug).toBe(MOU_SLUG);
    expect(post!.firstPublishedAt.toISOString()).toBe("2022-04-28T03:00:00.000Z");
    expect(post!.publishedAt.toISOString()).toBe("2022-04-28T03:00:00.000Z");
    expect(post!.body).toContain("๒๘ เมษายน ๒๕๖๕");
    expect(post!.tags).toEqual(expect.arrayContaining(["MOU", "อสม.", "ประชาสัมพันธ์", "การมีส่วนร่วม"]));
    expect(post!.tags).toHaveLength(4);
    expect(post!.cover?.src).toMatch(/^\/files\/\d+-[0-9a-f]{32}\/.+\.png$/);
  });

  it("has the three gallery pictures in the editor's order, with captions and alt text", async () => {
    const id = await mouId();
    const post = await getPublicPost(id);
    expect(post!.gallery.map((g) => g.caption)).toEqual([
      "ผู้แทนทั้งสองหน่วยงานลงนามบันทึกข้อตกลงความร่วมมือ",
      "ผู้เข้าร่วมพิธีถ่ายภาพร่วมกัน",
      "ผู้แทน อสม. รับฟังการชี้แจงแนวทางการดำเนินงาน",
    ]);
    for (const g of post!.gallery) {
      expect(g.alt).not.toBe("");
      expect(g.width).toBeGreaterThan(0);
      expect(g.src).toMatch(new RegExp(`^/files/${g.id}-[0-9a-f]{32}/`));
    }

    // Reversing the positions reverses the gallery: order follows position, not upload order.
    const rows = await db.prisma.postImage.findMany({ where: { postId: id }, orderBy: { position: "asc" } });
    await db.prisma.$transaction([
      ...rows.map((r) => db.prisma.postImage.update({ where: { id: r.id }, data: { position: 100 + r.position } })),
      ...rows.map((r, i) =>
        db.prisma.postImage.update({ where: { id: r.id }, data: { position: rows.length - 1 - i } }),
      ),
    ]);
    try {
      const reordered = await getPublicPost(id);
      expect(reordered!.gallery.map((g) => g.id)).toEqual(post!.gallery.map((g) => g.id).reverse());
    } finally {
      await db.prisma.$transaction([
        ...rows.map((r) => db.prisma.postImage.update({ where: { id: r.id }, data: { position: 100 + r.position } })),
        ...rows.map((r) => db.prisma.postImage.update({ where: { id: r.id }, data: { position: r.position } })),
      ]);
    }
  });

  it("has one PDF attachment with its real size, type and a download address", async () => {
    const post = await getPublicPost(await mouId());
    expect(post!.attachments).toHaveLength(1);
    const pdf = post!.attachments[0]!;
    expect(pdf.typeLabel).toBe("PDF");
    expect(pdf.mimeType).toBe("application/pdf");
    expect(pdf.label).toBe("บันทึกข้อตกลงความร่วมมือ (PDF)");
    const asset = await db.prisma.asset.findUniqueOrThrow({ where: { id: pdf.id } });
    expect(pdf.href).toBe(`/files/${pdf.id}-${asset.token}/${encodeURIComponent("บันทึกข้อตกลงความร่วมมือ.pdf")}`);
    expect(pdf.size).toBe((await stat(path.join(uploadsDir, asset.storagePath))).size);
    expect(pdf.size).toBeGreaterThan(0);
  });

  it("shows the public change note of a post updated after publication", async () => {
    const updated = await db.prisma.post.findFirstOrThrow({
      where: { status: "PUBLISHED", lastUpdatedAt: { not: null } },
      include: { changeNotes: true },
    });
    const post = await getPublicPost(updated.id);
    expect(post!.lastUpdatedAt?.getTime()).toBe(updated.lastUpdatedAt!.getTime());
    expect(post!.changeNotes.map((n) => n.note)).toEqual(updated.changeNotes.map((n) => n.note));
  });

  it("returns null for drafts, posts in review and ids that do not exist", async () => {
    const hidden = await db.prisma.post.findMany({ where: { status: { in: ["DRAFT", "IN_REVIEW"] } } });
    expect(hidden.length).toBe(3);
    for (const p of hidden) expect(await getPublicPost(p.id), p.status).toBeNull();
    const max = await db.prisma.post.aggregate({ _max: { id: true } });
    expect(await getPublicPost(max._max.id! + 1)).toBeNull();
    expect(await getPublicPost(2_147_483_647)).toBeNull();
  });

  it.each(["WITHDRAWN", "SCHEDULED"] as const)("stops listing a post once it is %s, everywhere", async (status) => {
    const id = await mouId();
    await withStatus(id, status, async () => {
      // A withdrawn post keeps its address, showing the reason instead of its content (issue 3).
      const own = await getPublicPost(id);
      if (status === "WITHDRAWN")
        expect(own).toMatchObject({ body: "", attachments: [], gallery: [], withdrawn: { reason: "ทดสอบ" } });
      else expect(own).toBeNull();
      expect((await getLatestPosts({ limit: 1000 })).map((p) => p.id)).not.toContain(id);
      const page1 = await getSectionPage("PRESS_RELEASE", 1);
      expect(page1?.total).toBe(11);
      expect(page1?.pageCount).toBe(2);
      expect((await getSectionPage("PRESS_RELEASE", 2))?.items.map((p) => p.id)).not.toContain(id);
    });
    expect(await getPublicPost(id)).not.toBeNull();
  });
});

import { describe, expect, it, vi } from "vitest";
import { savePost } from "@/lib/posts/actions/save";
import { schedulePost, withdrawPost } from "@/lib/posts/actions/workflow";
import { indexMissing } from "@/lib/search/index-post";
import { parseQuery } from "@/lib/search/tsquery";
import { searchPosts } from "@/lib/search/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";
import { makeAsset, makePost, postForm } from "@/tests/helpers/post-fixtures";
import { publishAs, searchPage, type PostContent } from "@/tests/helpers/search-fixtures";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
const IDLE = {};

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

/** Created and published by an editor, as on the site; `at` moves its publication date. */
async function published(c: PostContent, at?: Date): Promise<{ id: number; version: number }> {
  const post = await publishAs(session, staff.editor, c);
  if (at) await db.prisma.post.update({ where: { id: post.id }, data: { publishedAt: at, firstPublishedAt: at } });
  return post;
}

/** Titles found, in rank order, as the page shows them (highlighting removed). */
async function titles(q: string, raw: Record<string, string> = {}): Promise<string[]> {
  const r = await searchPage(q, raw);
  return r!.items.map((h) => h.title.map((t) => t.text).join(""));
}

describe("public search", () => {
  it("finds a compound word inside longer unspaced words, with the hit marked", async () => {
    await published({ title: "การเลือกตั้งสมาชิกสภาเทศบาลตำบลบ้านดู่" });
    await published({ title: "ประกาศผลการเลือกตั้งนายกองค์การบริหารส่วนจังหวัด" });
    await published({ title: "กิจกรรมวันสตรีสากล" });
    const found = await titles("เลือกตั้ง");
    expect(found).toEqual(
      expect.arrayContaining(["การเลือกตั้งสมาชิกสภาเทศบาลตำบลบ้านดู่", "ประกาศผลการเลือกตั้งนายกองค์การบริหารส่วนจังหวัด"]),
    );
    expect(found).not.toContain("กิจกรรมวันสตรีสากล");
    const query = parseQuery("เลือกตั้ง");
    const r = await searchPosts({
      tsquery: query.tsquery!,
      candidates: query.candidates!,
      words: query.words,
      page: 1,
    });
    const first = r!.items.find((h) => h.title.some((t) => t.hit));
    expect(first!.title.filter((t) => t.hit).map((t) => t.text)).toEqual(["เลือกตั้ง"]);
  });

  it("finds words typed without tone marks, as a prefix, and Thai digits as Arabic", async () => {
    await published({ title: "รับสมัครผู้ช่วยเจ้าหน้าที่ประจำหน่วย เขต ๗" });
    expect(await titles("ผู้ชวย")).toContain("รับสมัครผู้ช่วยเจ้าหน้าที่ประจำหน่วย เขต ๗");
    expect(await titles("รับสมั")).toContain("รับสมัครผู้ช่วยเจ้าหน้าที่ประจำหน่วย เขต ๗");
    expect(await titles("เขต 7")).toContain("รับสมัครผู้ช่วยเจ้าหน้าที่ประจำหน่วย เขต ๗");
  });

  it("ranks a title match above a body-only match", async () => {
    const bodyOnly = await published({
      title: "แจ้งข่าวจากสำนักงาน",
      body: "<p>เรื่องการตรวจสอบบัญชีรายชื่อผู้มีสิทธิ ณ ที่ว่าการอำเภอแม่ฟ้าหลวง</p>",
    });
    const inTitle = await published({ title: "ตรวจสอบรายชื่อผู้มีสิทธิอำเภอแม่ฟ้าหลวง" });
    // The body-only post is newer: rank, not date, puts the title match first.
    await db.prisma.post.update({ where: { id: bodyOnly.id }, data: { publishedAt: new Date() } });
    await db.prisma.post.update({ where: { id: inTitle.id }, data: { publishedAt: new Date("2025-01-01T00:00:00Z") } });
    expect(await titles("แม่ฟ้าหลวง")).toEqual(["ตรวจสอบรายชื่อผู้มีสิทธิอำเภอแม่ฟ้าหลวง", "แจ้งข่าวจากสำนักงาน"]);
  });

  it("ranks the exact word first, then a word start, then a substring; newer first among equals", async () => {
    // Oldest first here, so date alone would put them in the reverse order.
    await published({ title: "Smart vote day" }, new Date("2025-01-01T00:00:00Z"));
    await published({ title: "Vote count today" }, new Date("2025-01-02T00:00:00Z"));
    await published({ title: "Voters list" }, new Date("2025-02-01T00:00:00Z"));
    await published({ title: "Devote the time" }, new Date("2025-03-01T00:00:00Z"));
    expect(await titles("vote")).toEqual(["Vote count today", "Smart vote day", "Voters list", "Devote the time"]);
  });

  it("filters by section and by a Buddhist-era date range in Bangkok days", async () => {
    // 00:30 on 1 June 2566 in Bangkok is still 31 May in UTC.
    await published({ title: "ประชามติ ประกาศสำนักงาน", section: "ANNOUNCEMENT" }, new Date("2023-05-31T17:30:00Z"));
    await published({ title: "ประชามติ ข่าวกิจกรรม", section: "NEWS_ACTIVITY" }, new Date("2023-06-15T03:00:00Z"));
    expect((await titles("ประชามติ")).sort()).toEqual(["ประชามติ ข่าวกิจกรรม", "ประชามติ ประกาศสำนักงาน"].sort());
    expect(await titles("ประชามติ", { section: "announcements" })).toEqual(["ประชามติ ประกาศสำนักงาน"]);
    expect(await titles("ประชามติ", { from: "01/06/2566", to: "01/06/2566" })).toEqual(["ประชามติ ประกาศสำนักงาน"]);
    expect(await titles("ประชามติ", { from: "02/06/2566" })).toEqual(["ประชามติ ข่าวกิจกรรม"]);
    expect(await titles("ประชามติ", { to: "31/05/2566" })).toEqual([]);
  });

  it("never finds drafts, scheduled or withdrawn posts", async () => {
    session.as(staff.editor);
    await savePost(IDLE, postForm({ title: "ฉบับร่างอุทยานลับ" }));
    const scheduled = await savePost(IDLE, postForm({ title: "ตั้งเวลาอุทยานลับ" }));
    const s = await schedulePost(
      IDLE,
      form({ id: scheduled.postId!, version: scheduled.version!, scheduledAt: "2099-01-01T09:00" }),
    );
    const live = await published({ title: "ถอนแล้วอุทยานลับ" });
    const w = await withdrawPost(IDLE, form({ id: live.id, version: live.version, reason: "ข้อมูลคลาดเคลื่อน" }));
    expect(w).toMatchObject({ ok: true });
    expect(
      s.ok || (await db.prisma.post.findUniqueOrThrow({ where: { id: scheduled.postId! } })).status !== "PUBLISHED",
    ).toBe(true);
    expect(await titles("อุทยานลับ")).toEqual([]);
  });

  it("finds an edited post by its new words and no longer by its old ones", async () => {
    const post = await published({ title: "ประชุมคณะทำงานเชียงแสน" });
    expect(await titles("เชียงแสน")).toEqual(["ประชุมคณะทำงานเชียงแสน"]);
    session.as(staff.editor);
    const s = await savePost(
      IDLE,
      postForm({ id: post.id, version: post.version, title: "ประชุมคณะทำงานเชียงของ", changeType: "minor" }),
    );
    expect(s).toMatchObject({ ok: true });
    expect(await titles("เชียงแสน")).toEqual([]);
    expect(await titles("เชียงของ")).toEqual(["ประชุมคณะทำงานเชียงของ"]);
    // An author's edit of a live post waits for an editor: the public page, and search, keep the old words.
    session.as(staff.author);
    await db.prisma.post.update({ where: { id: post.id }, data: { authorId: staff.author.id } });
    const pending = await savePost(IDLE, postForm({ id: post.id, version: s.version!, title: "ประชุมคณะทำงานเวียงแก่น" }));
    expect(pending).toMatchObject({ ok: true });
    expect(await titles("เวียงแก่น")).toEqual([]);
    expect(await titles("เชียงของ")).toEqual(["ประชุมคณะทำงานเชียงของ"]);
  });

  it("searches tags and attachment names", async () => {
    const pdf = await makeAsset(db.prisma, "FILE", "แบบสขร1-กันยายน.pdf");
    await published({ title: "สรุปผลการจัดซื้อจัดจ้าง", tags: "พัสดุ, ไตรมาสสี่", attachmentIds: [pdf.id] });
    expect(await titles("ไตรมาสสี่")).toEqual(["สรุปผลการจัดซื้อจัดจ้าง"]);
    expect(await titles("กันยายน")).toEqual(["สรุปผลการจัดซื้อจัดจ้าง"]);
  });

  it("indexes posts written without a search document", async () => {
    const raw = await makePost(db.prisma, {
      authorId: staff.editor.id,
      status: "PUBLISHED",
      title: "ข่าวเก่าก่อนมีระบบค้นหาดอยตุง",
    });
    expect(await titles("ดอยตุง")).toEqual([]);
    expect(await indexMissing(db.prisma)).toBeGreaterThanOrEqual(1);
    expect(await titles("ดอยตุง")).toEqual([raw.title]);
  });

  it("still finds the newest matches when hundreds of newer posts hold the words apart", async () => {
    const match = await published({ title: "เปิดรับสมัครกรรมการประจำหน่วยเลือกตั้ง" }, new Date("2025-01-10T03:00:00Z"));
    const decoy = await published({ title: "ผู้สมัครรับเลือกตั้งพบประชาชน", body: "<p>รับฟังความคิดเห็น</p>" });
    // 400 newer copies of the decoy: รับ and สมัคร in every one, never as รับสมัคร.
    await db.prisma.$executeRaw`
      INSERT INTO "Post" (section, status, title, summary, body, "createdAt", "updatedAt", "publishedAt",
        "firstPublishedAt", "searchVector", "ngramVector", "searchText")
      SELECT section, status, title, summary, body, now(), now(), now() - g * interval '1 minute',
        now() - g * interval '1 minute', "searchVector", "ngramVector", "searchText"
      FROM "Post", generate_series(1, 400) AS g WHERE id = ${decoy.id}`;
    const r = await searchPage("รับสมัคร");
    expect(r!.items.map((h) => h.id)).toContain(match.id);
    expect(r!.items.map((h) => h.title.map((t) => t.text).join(""))).not.toContain("ผู้สมัครรับเลือกตั้งพบประชาชน");
    expect(r!.more).toBe(false);
  });

  it("gives posts indexed before the n-gram index their grams", async () => {
    const old = await published({ title: "ประกาศนายกฤษดา ใจดี" });
    // As a post indexed by a version without ngramVector is stored.
    await db.prisma.$executeRaw`UPDATE "Post" SET "ngramVector" = NULL, "searchText" = NULL WHERE id = ${old.id}`;
    expect(await titles("กฤษดา")).toEqual([]);
    expect(await indexMissing(db.prisma)).toBeGreaterThanOrEqual(1);
    expect(await titles("กฤษดา")).toEqual(["ประกาศนายกฤษดา ใจดี"]);
  });
});

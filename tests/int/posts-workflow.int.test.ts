import { beforeEach, describe, expect, it, vi } from "vitest";
import { dashboardCounts, getPostForEdit, listPostsForAdmin } from "@/lib/posts/admin-queries";
import {
  deletePost,
  discardDraft,
  publishPost,
  returnToAuthor,
  schedulePost,
  submitForReview,
  unschedulePost,
  withdrawPost,
} from "@/lib/posts/actions/workflow";
import { getLatestPosts, getPublicPost } from "@/lib/posts/queries";
import { toBangkokParts } from "@/lib/thai-date";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";
import { makePost, postState } from "@/tests/helpers/post-fixtures";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
const IDLE = {};

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

/** "YYYY-MM-DDTHH:mm" on the Bangkok wall clock, `minutes` from now. */
function bangkokInput(minutes: number): string {
  const p = toBangkokParts(new Date(Date.now() + minutes * 60_000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Next year in Bangkok: a day always in the future and within the five-year limit. */
const nextYear = () => toBangkokParts(new Date()).year + 1;

const row = (id: number) => db.prisma.post.findUniqueOrThrow({ where: { id } });

describe("authors cannot publish, schedule, withdraw or return — through any request", () => {
  it("each editor step is refused with a Thai reason and the data is unchanged", async () => {
    const draft = await makePost(db.prisma, { authorId: staff.author.id, status: "IN_REVIEW" });
    const live = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    const scheduled = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() + 3_600_000),
    });
    session.as(staff.author);
    const before = await postState(db.prisma);
    const attempts = [
      publishPost(IDLE, form({ id: draft.id, version: 1 })),
      schedulePost(IDLE, form({ id: draft.id, version: 1, scheduledAt: bangkokInput(60) })),
      returnToAuthor(IDLE, form({ id: draft.id, version: 1, note: "แก้" })),
      withdrawPost(IDLE, form({ id: live.id, version: 1, reason: "ถอน" })),
      unschedulePost(IDLE, form({ id: scheduled.id, version: 1 })),
    ];
    for (const s of await Promise.all(attempts)) expect(s).toEqual({ ok: false, message: "คุณไม่มีสิทธิ์ทำรายการนี้" });
    expect(await postState(db.prisma)).toEqual(before);
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("signed out, every step is refused and nothing changes", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    const before = await postState(db.prisma);
    for (const action of [submitForReview, publishPost, deletePost, discardDraft]) {
      expect(await action(IDLE, form({ id: post.id, version: 1 }))).toEqual({ ok: false, message: "กรุณาเข้าสู่ระบบก่อน" });
    }
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("an author cannot submit or delete another author's draft", async () => {
    const theirs = await makePost(db.prisma, { authorId: staff.editor.id });
    session.as(staff.author);
    const before = await postState(db.prisma);
    // Another author's draft is, to an author, a post that does not exist.
    expect((await submitForReview(IDLE, form({ id: theirs.id, version: 1 }))).message).toBe(
      "ไม่พบข่าวนี้ อาจถูกลบไปแล้ว โปรดกลับไปที่รายการข่าว",
    );
    expect((await deletePost(IDLE, form({ id: theirs.id, version: 1 }))).ok).toBe(false);
    expect(await postState(db.prisma)).toEqual(before);
  });
});

describe("draft → in review → published", () => {
  it("author submits, editor returns with a note, author resubmits, editor publishes", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    session.as(staff.author);
    const submitted = await submitForReview(IDLE, form({ id: post.id, version: 1 }));
    expect(submitted).toMatchObject({ ok: true, version: 2 });
    expect((await row(post.id)).status).toBe("IN_REVIEW");

    session.as(staff.editor);
    const noNote = await returnToAuthor(IDLE, form({ id: post.id, version: 2, note: " " }));
    expect(noNote.fieldErrors?.note).toEqual(["กรุณาบอกผู้เขียนว่าควรแก้ไขอะไร"]);
    const returned = await returnToAuthor(IDLE, form({ id: post.id, version: 2, note: "เพิ่มเวลาประชุม" }));
    expect(returned.ok).toBe(true);
    expect(await row(post.id)).toMatchObject({ status: "DRAFT", reviewNote: "เพิ่มเวลาประชุม" });

    session.as(staff.author);
    await submitForReview(IDLE, form({ id: post.id, version: 3 }));
    expect(await row(post.id)).toMatchObject({ status: "IN_REVIEW", reviewNote: null });

    session.as(staff.editor);
    expect(await getPublicPost(post.id)).toBeNull();
    const published = await publishPost(IDLE, form({ id: post.id, version: 4 }));
    expect(published.ok).toBe(true);
    const after = await row(post.id);
    expect(after.status).toBe("PUBLISHED");
    expect(after.firstPublishedAt).toBeInstanceOf(Date);
    expect(after.publishedAt).toEqual(after.firstPublishedAt);
    expect(await getPublicPost(post.id)).toMatchObject({ title: post.title, withdrawn: null });
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(post.id), action: "post.publish" },
    });
    expect(audit).toMatchObject({
      userId: staff.editor.id,
      before: { status: "IN_REVIEW" },
      after: { status: "PUBLISHED" },
    });
  });

  it("a scheduled post an editor publishes after its time shows the scheduled time; published early, the real one", async () => {
    // The clock is pinned: 11:30 Bangkok, two hours after the first post's time.
    const nine = new Date("2031-03-03T02:00:00Z");
    const halfPastEleven = new Date("2031-03-03T04:30:00Z");
    const tomorrow = new Date("2031-03-04T02:00:00Z");
    const late = await makePost(db.prisma, { authorId: staff.author.id, status: "SCHEDULED", scheduledAt: nine });
    const early = await makePost(db.prisma, { authorId: staff.author.id, status: "SCHEDULED", scheduledAt: tomorrow });
    session.as(staff.editor);
    vi.useFakeTimers({ toFake: ["Date"], now: halfPastEleven });
    try {
      expect((await publishPost(IDLE, form({ id: late.id, version: 1 }))).ok).toBe(true);
      expect((await publishPost(IDLE, form({ id: early.id, version: 1 }))).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect(await row(late.id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: nine,
      firstPublishedAt: nine,
      scheduledAt: null,
    });
    expect(await row(early.id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: halfPastEleven,
      firstPublishedAt: halfPastEleven,
    });
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(late.id), action: "post.publish" },
    });
    expect(entry.after).toMatchObject({
      publishedAt: nine.toISOString(),
      scheduledAt: nine.toISOString(),
      wentLiveAt: halfPastEleven.toISOString(),
    });
  });

  it("a stale version is refused with conflict and nothing changes", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "IN_REVIEW" });
    await db.prisma.post.update({ where: { id: post.id }, data: { version: 2 } });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    const s = await publishPost(IDLE, form({ id: post.id, version: 1 }));
    expect(s).toMatchObject({ ok: false, conflict: true });
    expect(s.message).toMatch(/มีผู้อื่นแก้ไขข่าวนี้ไปแล้ว/);
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("delete only removes never-published posts", async () => {
    const draft = await makePost(db.prisma, { authorId: staff.author.id });
    const live = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    expect((await deletePost(IDLE, form({ id: live.id, version: 1 }))).ok).toBe(false);
    expect(await postState(db.prisma)).toEqual(before);
    session.as(staff.author);
    expect((await deletePost(IDLE, form({ id: draft.id, version: 1 }))).ok).toBe(true);
    expect(await db.prisma.post.findUnique({ where: { id: draft.id } })).toBeNull();
  });

  it("discarding a pending draft leaves the live fields alone", async () => {
    const live = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    await db.prisma.post.update({
      where: { id: live.id },
      data: { draft: { title: "ร่าง" }, draftUpdatedAt: new Date() },
    });
    session.as(staff.author);
    expect((await discardDraft(IDLE, form({ id: live.id, version: 1 }))).ok).toBe(true);
    expect(await row(live.id)).toMatchObject({ draft: null, draftUpdatedAt: null, title: live.title, body: live.body });
  });
});

describe("withdrawing", () => {
  it("needs a reason; then the address shows the notice instead of the content, and listings drop it", async () => {
    const post = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "ประกาศที่ผิด",
      publishedAt: new Date(),
    });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    expect((await withdrawPost(IDLE, form({ id: post.id, version: 1, reason: "" }))).fieldErrors?.reason?.[0]).toMatch(
      /กรุณาระบุเหตุผล/,
    );
    expect(await postState(db.prisma)).toEqual(before);

    const s = await withdrawPost(IDLE, form({ id: post.id, version: 1, reason: "ข้อมูลวันเลือกตั้งคลาดเคลื่อน" }));
    expect(s.ok).toBe(true);
    const pub = await getPublicPost(post.id);
    expect(pub).toMatchObject({
      title: "ประกาศที่ผิด",
      body: "",
      attachments: [],
      redirectToId: null,
      withdrawn: { reason: "ข้อมูลวันเลือกตั้งคลาดเคลื่อน" },
    });
    expect(pub?.withdrawn?.at).toBeInstanceOf(Date);
    expect((await getLatestPosts({ limit: 50 })).map((p) => p.id)).not.toContain(post.id);
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(post.id), action: "post.withdraw" },
    });
    expect(audit).toMatchObject({
      before: { status: "PUBLISHED" },
      after: { status: "WITHDRAWN", reason: "ข้อมูลวันเลือกตั้งคลาดเคลื่อน" },
    });

    // Publishing again brings the content back and clears the notice.
    expect((await publishPost(IDLE, form({ id: post.id, version: 2 }))).ok).toBe(true);
    expect(await getPublicPost(post.id)).toMatchObject({ withdrawn: null, body: "<p>เนื้อหาเดิม</p>" });
  });

  it("may send readers to a published replacement, never to itself or to an unpublished post", async () => {
    const wrong = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    const fixed = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    const draft = await makePost(db.prisma, { authorId: staff.author.id });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    for (const target of [wrong.id, draft.id, 999999]) {
      const s = await withdrawPost(IDLE, form({ id: wrong.id, version: 1, reason: "แก้ไขแล้ว", redirectToId: target }));
      expect(s.fieldErrors?.redirectToId?.[0]).toMatch(/ไม่พบเรื่องที่เผยแพร่อยู่/);
    }
    expect(
      (await withdrawPost(IDLE, form({ id: wrong.id, version: 1, reason: "แก้ไขแล้ว", redirectToId: "abc" }))).fieldErrors
        ?.redirectToId,
    ).toBeDefined();
    expect(await postState(db.prisma)).toEqual(before);

    expect(
      (await withdrawPost(IDLE, form({ id: wrong.id, version: 1, reason: "ฉบับแก้ไขอยู่ที่ข่าวใหม่", redirectToId: fixed.id })))
        .ok,
    ).toBe(true);
    expect(await getPublicPost(wrong.id)).toMatchObject({
      redirectToId: fixed.id,
      withdrawn: { reason: "ฉบับแก้ไขอยู่ที่ข่าวใหม่" },
    });
  });
});

describe("scheduling", () => {
  it("refuses a time in the past, a date that does not exist, or none, and changes nothing", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "IN_REVIEW" });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    expect(
      (await schedulePost(IDLE, form({ id: post.id, version: 1, scheduledAt: bangkokInput(-5) }))).fieldErrors
        ?.scheduledAt,
    ).toEqual(["เวลาเผยแพร่ต้องเป็นเวลาในอนาคต"]);
    expect(
      (await schedulePost(IDLE, form({ id: post.id, version: 1, scheduledAt: `${nextYear()}-02-30T10:00` })))
        .fieldErrors?.scheduledAt,
    ).toEqual(["ไม่มีวันที่นี้ในปฏิทิน"]);
    expect(
      (await schedulePost(IDLE, form({ id: post.id, version: 1, scheduledAt: bangkokInput(6 * 366 * 24 * 60) })))
        .fieldErrors?.scheduledAt,
    ).toEqual(["ตั้งเวลาล่วงหน้าได้ไม่เกิน 5 ปี โปรดตรวจสอบปี (ใช้ปี ค.ศ. ในช่องนี้)"]);
    expect(
      (await schedulePost(IDLE, form({ id: post.id, version: 1, scheduledAt: "" }))).fieldErrors?.scheduledAt,
    ).toEqual(["กรุณาเลือกวันและเวลาเผยแพร่"]);
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("stores the Bangkok wall time as an instant; unscheduling returns the post to draft", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "IN_REVIEW" });
    session.as(staff.editor);
    const year = nextYear();
    const s = await schedulePost(IDLE, form({ id: post.id, version: 1, scheduledAt: `${year}-06-01T00:30` }));
    expect(s.ok).toBe(true);
    // 00:30 on 1 June in Bangkok is 17:30 UTC on 31 May, whatever the server's time zone.
    expect(await row(post.id)).toMatchObject({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.UTC(year, 4, 31, 17, 30)),
    });
    expect(await getPublicPost(post.id)).toBeNull();
    expect(revalidatePublic).not.toHaveBeenCalled();
    expect((await unschedulePost(IDLE, form({ id: post.id, version: 2 }))).ok).toBe(true);
    expect(await row(post.id)).toMatchObject({ status: "DRAFT", scheduledAt: null });
  });
});

describe("admin queries", () => {
  it("list filters by section, status, author and text or id, with paging", async () => {
    const mine = await makePost(db.prisma, {
      authorId: staff.author.id,
      title: "ผลการนับคะแนนเขต 7",
      section: "ELECTION_RESULT",
    });
    const byStatus = await listPostsForAdmin({ status: "DRAFT", section: "ELECTION_RESULT", page: 1 }, staff.editor);
    expect(byStatus.items.map((p) => p.id)).toEqual([mine.id]);
    expect(byStatus.items[0]).toMatchObject({
      title: "ผลการนับคะแนนเขต 7",
      authorName: staff.author.name,
      hasDraft: false,
      publishedAt: null,
    });
    expect((await listPostsForAdmin({ q: "นับคะแนน", page: 1 }, staff.editor)).items.map((p) => p.id)).toEqual([
      mine.id,
    ]);
    expect((await listPostsForAdmin({ q: String(mine.id), page: 1 }, staff.editor)).items.map((p) => p.id)).toContain(
      mine.id,
    );
    const all = await listPostsForAdmin({ authorId: staff.author.id, page: 99 }, staff.editor);
    expect(all.page).toBe(all.pageCount);
    expect(all.total).toBe(await db.prisma.post.count({ where: { authorId: staff.author.id } }));
  });

  it("getPostForEdit gives the working copy, counts and notes; dashboardCounts lists the author's drafts", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, title: "ร่างบนแดชบอร์ด" });
    const edit = await getPostForEdit(post.id, staff.author);
    expect(edit).toMatchObject({
      id: post.id,
      status: "DRAFT",
      version: 1,
      everPublished: false,
      draft: null,
      revisionCount: 0,
      cover: null,
      gallery: [],
      attachments: [],
    });
    expect(edit?.working).toEqual(edit?.live);
    expect(await getPostForEdit(999999, staff.editor)).toBeNull();
    const dash = await dashboardCounts(staff.author);
    expect(dash.myDrafts.posts.map((p) => p.id)).toContain(post.id);
  });
});

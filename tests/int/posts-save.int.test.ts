import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPostForEdit, getRevision, listRevisions } from "@/lib/posts/admin-queries";
import { restoreRevision } from "@/lib/posts/actions/revisions";
import { savePost } from "@/lib/posts/actions/save";
import { publishPost } from "@/lib/posts/actions/workflow";
import { getPublicPost } from "@/lib/posts/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";
import { makeAsset, makePost, postForm, postState } from "@/tests/helpers/post-fixtures";

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

const row = (id: number) =>
  db.prisma.post.findUniqueOrThrow({
    where: { id },
    include: { tags: { include: { tag: true } }, gallery: true, attachments: true },
  });

describe("savePost: creating and saving drafts", () => {
  it("creates a DRAFT owned by the author, with tags, files and a first revision", async () => {
    session.as(staff.author);
    const [cover, photo, pdf] = [
      await makeAsset(db.prisma, "IMAGE"),
      await makeAsset(db.prisma, "IMAGE"),
      await makeAsset(db.prisma, "FILE"),
    ];
    const s = await savePost(
      IDLE,
      postForm({
        title: "ประชุมเตรียมการเลือกตั้ง",
        tags: "เลือกตั้ง, อสม.",
        coverId: cover.id,
        galleryIds: [photo.id],
        attachmentIds: [pdf.id],
      }),
    );
    expect(s).toMatchObject({ ok: true, version: 1, message: "บันทึกฉบับร่างแล้ว" });
    const post = await row(s.postId!);
    expect(post).toMatchObject({
      status: "DRAFT",
      authorId: staff.author.id,
      title: "ประชุมเตรียมการเลือกตั้ง",
      coverId: cover.id,
      version: 1,
      publishedAt: null,
    });
    expect(post.tags.map((t) => t.tag.name).sort()).toEqual(["อสม.", "เลือกตั้ง"].sort());
    expect(post.gallery.map((g) => g.assetId)).toEqual([photo.id]);
    expect(post.attachments.map((a) => a.assetId)).toEqual([pdf.id]);
    expect(await db.prisma.postRevision.count({ where: { postId: post.id } })).toBe(1);
    expect(
      await db.prisma.auditLog.count({
        where: { entity: "post", entityId: String(post.id), action: "post.create", userId: staff.author.id },
      }),
    ).toBe(1);
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("keeps one revision per save, each with the version it produced", async () => {
    session.as(staff.author);
    const created = await savePost(IDLE, postForm({ title: "ฉบับที่ 1" }));
    const id = created.postId!;
    const second = await savePost(IDLE, postForm({ id, version: 1, title: "ฉบับที่ 2" }));
    const third = await savePost(IDLE, postForm({ id, version: second.version, title: "ฉบับที่ 3" }));
    expect(third).toMatchObject({ ok: true, version: 3 });
    const revisions = await listRevisions(id);
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [3, "ฉบับที่ 3"],
      [2, "ฉบับที่ 2"],
      [1, "ฉบับที่ 1"],
    ]);
    expect(revisions.every((r) => r.authorName === staff.author.name)).toBe(true);
    expect((await getRevision(revisions[2]!.id))?.data.title).toBe("ฉบับที่ 1");
  });

  it("refuses bad input with Thai field errors and writes nothing", async () => {
    session.as(staff.author);
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    const pdf = await makeAsset(db.prisma, "FILE");
    const before = await postState(db.prisma);
    const s = await savePost(
      IDLE,
      postForm({ id: post.id, version: 1, title: "", slug: "ข่าว ไทย", coverId: pdf.id, attachmentIds: [999999] }),
    );
    expect(s.ok).toBe(false);
    expect(s.fieldErrors?.title).toEqual(["กรุณากรอกหัวข้อ"]);
    expect(s.fieldErrors?.slug?.[0]).toMatch(/a-z 0-9/);
    const assets = await savePost(
      IDLE,
      postForm({ id: post.id, version: 1, coverId: pdf.id, attachmentIds: [999999] }),
    );
    expect(assets.fieldErrors?.coverId).toEqual(["ภาพปกต้องเป็นไฟล์รูปภาพ"]);
    expect(assets.fieldErrors?.attachmentIds?.[0]).toMatch(/ไม่พบเอกสารแนบ/);
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("signed out: refused with a Thai message, nothing written", async () => {
    const before = await postState(db.prisma);
    expect(await savePost(IDLE, postForm({ title: "แอบสร้าง" }))).toEqual({ ok: false, message: "กรุณาเข้าสู่ระบบก่อน" });
    expect(await postState(db.prisma)).toEqual(before);
  });
});

describe("optimistic concurrency", () => {
  it("two saves from the same version: exactly one wins, the other is told and changes nothing", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, title: "ต้นฉบับ" });
    session.as(staff.editor);
    const [a, b] = await Promise.all([
      savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับของคนแรก" })),
      savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับของคนที่สอง" })),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser.conflict).toBe(true);
    expect(loser.message).toMatch(/มีผู้อื่นแก้ไขข่าวนี้ไปแล้ว/);
    expect(loser.message).toMatch(/งานของคุณยังอยู่ในแบบฟอร์ม/);
    const winnerTitle = a.ok ? "ฉบับของคนแรก" : "ฉบับของคนที่สอง";
    const after = await row(post.id);
    expect(after.title).toBe(winnerTitle);
    expect(after.version).toBe(2);
    expect(await db.prisma.postRevision.count({ where: { postId: post.id } })).toBe(1);
  });

  it("a save from an old version is refused even long after, and the newer work stays", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    session.as(staff.author);
    expect((await savePost(IDLE, postForm({ id: post.id, version: 1, title: "ใหม่" }))).ok).toBe(true);
    const before = await postState(db.prisma);
    const stale = await savePost(IDLE, postForm({ id: post.id, version: 1, title: "เก่า" }));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(await postState(db.prisma)).toEqual(before);
    expect((await row(post.id)).title).toBe("ใหม่");
  });
});

describe("editing a live post", () => {
  it("editor, minor: the public page changes, no change note, no 'last updated'", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    session.as(staff.editor);
    const s = await savePost(
      IDLE,
      postForm({ id: post.id, version: 1, title: "แก้คำผิด", body: "<p>เนื้อหาที่แก้</p>", changeType: "minor" }),
    );
    expect(s.ok).toBe(true);
    const pub = await getPublicPost(post.id);
    expect(pub).toMatchObject({ title: "แก้คำผิด", body: "<p>เนื้อหาที่แก้</p>", lastUpdatedAt: null, changeNotes: [] });
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
  });

  it("editor, major: needs a note; with one, the note is public and 'last updated' is set", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED" });
    session.as(staff.editor);
    const before = await postState(db.prisma);
    const noNote = await savePost(
      IDLE,
      postForm({ id: post.id, version: 1, title: "เปลี่ยนวันประชุม", changeType: "major", changeNote: "  " }),
    );
    expect(noNote.fieldErrors?.changeNote).toEqual(["การแก้ไขสำคัญต้องมีบันทึกการแก้ไขที่ผู้อ่านจะเห็น"]);
    expect(await postState(db.prisma)).toEqual(before);

    const s = await savePost(
      IDLE,
      postForm({
        id: post.id,
        version: 1,
        title: "เปลี่ยนวันประชุม",
        changeType: "major",
        changeNote: "เลื่อนวันประชุมเป็นวันที่ 5",
      }),
    );
    expect(s.ok).toBe(true);
    const pub = await getPublicPost(post.id);
    expect(pub?.title).toBe("เปลี่ยนวันประชุม");
    expect(pub?.lastUpdatedAt).toBeInstanceOf(Date);
    expect(pub?.changeNotes.map((n) => n.note)).toEqual(["เลื่อนวันประชุมเป็นวันที่ 5"]);
    expect(await db.prisma.auditLog.count({ where: { entityId: String(post.id), action: "post.update_major" } })).toBe(
      1,
    );
  });

  it("author: the change waits in the pending draft; the public page keeps the live content until an editor publishes", async () => {
    const post = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "ฉบับเผยแพร่",
      tags: ["เดิม"],
    });
    session.as(staff.author);
    const s = await savePost(
      IDLE,
      postForm({
        id: post.id,
        version: 1,
        title: "ฉบับแก้ของผู้เขียน",
        body: "<p>ใหม่</p>",
        tags: "ใหม่",
        changeType: "major",
        changeNote: "x",
      }),
    );
    expect(s.ok).toBe(true);
    const pub = await getPublicPost(post.id);
    expect(pub).toMatchObject({ title: "ฉบับเผยแพร่", body: "<p>เนื้อหาเดิม</p>", tags: ["เดิม"] });
    expect(revalidatePublic).not.toHaveBeenCalled();
    expect(await db.prisma.changeNote.count({ where: { postId: post.id } })).toBe(0);
    const edit = await getPostForEdit(post.id, staff.author);
    expect(edit?.draft).toMatchObject({ title: "ฉบับแก้ของผู้เขียน", tags: ["ใหม่"] });
    expect(edit?.working.title).toBe("ฉบับแก้ของผู้เขียน");
    expect(edit?.live.title).toBe("ฉบับเผยแพร่");
    expect(edit?.draftAuthorName).toBe(staff.author.name);

    session.as(staff.editor);
    expect((await publishPost(IDLE, form({ id: post.id, version: s.version }))).ok).toBe(true);
    expect(await getPublicPost(post.id)).toMatchObject({ title: "ฉบับแก้ของผู้เขียน", body: "<p>ใหม่</p>", tags: ["ใหม่"] });
    const after = await row(post.id);
    expect(after.draft).toBeNull();
    expect(after.firstPublishedAt).toEqual(post.firstPublishedAt);
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
  });

  it("an author cannot edit another author's post (an unpublished one is not found); an editor can", async () => {
    const post = await makePost(db.prisma, { authorId: staff.editor.id, title: "ของบรรณาธิการ" });
    const other = await makePost(db.prisma, { authorId: staff.author.id, title: "ของผู้เขียน" });
    session.as(staff.author);
    const before = await postState(db.prisma);
    expect(await savePost(IDLE, postForm({ id: post.id, version: 1, title: "แอบแก้" }))).toEqual({
      ok: false,
      message: "ไม่พบข่าวนี้ อาจถูกลบไปแล้ว โปรดกลับไปที่รายการข่าว",
    });
    expect(await postState(db.prisma)).toEqual(before);
    session.as(staff.editor);
    expect((await savePost(IDLE, postForm({ id: other.id, version: 1, title: "บรรณาธิการแก้" }))).ok).toBe(true);
    expect((await row(other.id)).title).toBe("บรรณาธิการแก้");
  });
});

describe("restoreRevision", () => {
  it("on a live post: becomes the pending draft and never touches the live fields", async () => {
    session.as(staff.editor);
    const created = await savePost(IDLE, postForm({ title: "ร่างแรก", body: "<p>ร่างแรก</p>", tags: "ก" }));
    const id = created.postId!;
    const published = await publishPost(IDLE, form({ id, version: 1 }));
    const live = await savePost(
      IDLE,
      postForm({ id, version: published.version, title: "ฉบับปัจจุบัน", body: "<p>ปัจจุบัน</p>", tags: "ข" }),
    );
    const firstRevision = (await listRevisions(id)).at(-1)!;
    const before = await row(id);

    session.as(staff.author);
    expect((await restoreRevision(IDLE, form({ id, version: live.version, revisionId: firstRevision.id }))).ok).toBe(
      false,
    );
    session.as(staff.editor);
    const s = await restoreRevision(IDLE, form({ id, version: live.version, revisionId: firstRevision.id }));
    expect(s.ok).toBe(true);
    const after = await row(id);
    for (const f of [
      "title",
      "body",
      "summary",
      "section",
      "slug",
      "coverId",
      "status",
      "publishedAt",
      "firstPublishedAt",
      "lastUpdatedAt",
    ] as const) {
      expect(after[f], f).toEqual(before[f]);
    }
    expect(after.tags).toEqual(before.tags);
    expect(await getPublicPost(id)).toMatchObject({ title: "ฉบับปัจจุบัน", body: "<p>ปัจจุบัน</p>", tags: ["ข"] });
    expect((await getPostForEdit(id, staff.editor))?.draft).toMatchObject({
      title: "ร่างแรก",
      body: "<p>ร่างแรก</p>",
      tags: ["ก"],
    });
    expect(revalidatePublic).toHaveBeenCalledTimes(2); // the publish and the live save, not the restore
  });

  it("on a never-published post: becomes the working copy", async () => {
    session.as(staff.author);
    const created = await savePost(IDLE, postForm({ title: "หนึ่ง" }));
    const id = created.postId!;
    const second = await savePost(IDLE, postForm({ id, version: 1, title: "สอง" }));
    const first = (await listRevisions(id)).at(-1)!;
    const s = await restoreRevision(IDLE, form({ id, version: second.version, revisionId: first.id }));
    expect(s).toMatchObject({ ok: true, version: 3 });
    expect((await row(id)).title).toBe("หนึ่ง");
    expect(await db.prisma.postRevision.count({ where: { postId: id } })).toBe(3);
  });

  it("refuses a revision of another post", async () => {
    session.as(staff.editor);
    const a = await savePost(IDLE, postForm({ title: "ก" }));
    const b = await savePost(IDLE, postForm({ title: "ข" }));
    const revB = (await listRevisions(b.postId!))[0]!;
    const before = await postState(db.prisma);
    const s = await restoreRevision(IDLE, form({ id: a.postId, version: 1, revisionId: revB.id }));
    expect(s.ok).toBe(false);
    expect(await postState(db.prisma)).toEqual(before);
  });
});

describe("stored XSS through the editor", () => {
  it("the body loses scripts, handlers, javascript: links, frames and styles; plain fields are kept as typed", async () => {
    session.as(staff.author);
    const payload =
      '<p style="color:red" onclick="alert(1)">ข่าว</p><script>alert(document.cookie)</script><img src="x" onerror="alert(1)">' +
      '<img src="/files/1/a.png" onerror="alert(2)"><a href="javascript:alert(3)">ลิงก์</a><iframe src="https://evil.example"></iframe>';
    const title = '<script>alert("title")</script>';
    const s = await savePost(
      IDLE,
      postForm({ title, body: payload, summary: "<img src=x onerror=alert(1)>", tags: "<b>แท็ก</b>" }),
    );
    const post = await row(s.postId!);
    expect(post.body).toBe('<p>ข่าว</p><img src="/files/1/a.png" alt="" /><a>ลิงก์</a>');
    expect(post.body).not.toMatch(/script|onerror|onclick|javascript:|iframe|style=/i);
    // Plain text: React escapes it wherever it is shown.
    expect(post.title).toBe(title);
    expect(post.tags.map((t) => t.tag.name)).toEqual(["<b>แท็ก</b>"]);
    const revision = (await listRevisions(post.id))[0]!;
    expect((await getRevision(revision.id))?.data.body).toBe(post.body);
  });
});

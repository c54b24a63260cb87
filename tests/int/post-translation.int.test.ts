import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { makePost, postForm, postState } from "@/tests/helpers/post-fixtures";
import { searchPage } from "@/tests/helpers/search-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// A post's English translation as staff meet it: written in the same form and saved by the same
// action as the Thai fields, its body cleaned like the Thai body, refused without an English title,
// kept in an author's pending draft of a live post until an editor publishes it, restored with an
// old revision, and found by search.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { savePost } = await import("@/lib/posts/actions/save");
const { publishPost } = await import("@/lib/posts/actions/workflow");
const { restoreRevision } = await import("@/lib/posts/actions/revisions");
const { getPostForEdit, getRevision, listRevisions } = await import("@/lib/posts/admin-queries");
const { diffRevisions } = await import("@/lib/posts/revisions");

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
const IDLE = {};

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(async () => {
  session.as(null);
  await db.prisma.post.deleteMany();
  await db.prisma.auditLog.deleteMany();
});

const ENGLISH = {
  titleEn: "Candidate registration for the provincial council election",
  summaryEn: "Registration opens on 5 March at the provincial office.",
  bodyEn: "<p>Applicants should bring their <strong>identity card</strong>.</p>",
};

/** The live columns of a post's translation. */
async function liveEnglish(id: number) {
  return db.prisma.post.findUniqueOrThrow({ where: { id }, select: { titleEn: true, summaryEn: true, bodyEn: true } });
}

describe("writing a post's English translation", () => {
  it("is saved with the post and read back by the editor", async () => {
    session.as(staff.author);
    const saved = await savePost(IDLE, postForm({ title: "รับสมัครเลือกตั้ง ส.อ.บ.จ.", ...ENGLISH }));
    expect(saved).toMatchObject({ ok: true, version: 1, message: "บันทึกฉบับร่างแล้ว" });
    const edit = await getPostForEdit(saved.postId!, staff.author);
    expect(edit?.working).toMatchObject({ title: "รับสมัครเลือกตั้ง ส.อ.บ.จ.", ...ENGLISH });

    // Emptying the English fields removes the translation (no empty strings left behind).
    const emptied = await savePost(
      IDLE,
      postForm({
        id: saved.postId,
        version: 1,
        title: "รับสมัครเลือกตั้ง ส.อ.บ.จ.",
        titleEn: " ",
        summaryEn: "",
        bodyEn: "",
      }),
    );
    expect(emptied).toMatchObject({ ok: true, version: 2 });
    expect(await liveEnglish(saved.postId!)).toEqual({ titleEn: null, summaryEn: null, bodyEn: null });
  });

  it("cleans the English body like the Thai one: no script, no event handler", async () => {
    session.as(staff.editor);
    const saved = await savePost(
      IDLE,
      postForm({
        titleEn: "Notice",
        bodyEn:
          '<p>Read this</p><script>alert(1)</script><img src="/files/1" onerror="alert(2)"><p onclick="x()">Done</p>',
      }),
    );
    expect(saved.ok).toBe(true);
    const { bodyEn } = await liveEnglish(saved.postId!);
    expect(bodyEn).toBe('<p>Read this</p><img src="/files/1" alt="" /><p>Done</p>');
    expect(bodyEn).not.toMatch(/script|onerror|onclick|alert/);
  });

  it("an English summary without an English title is refused in Thai and changes nothing", async () => {
    session.as(staff.author);
    const post = await makePost(db.prisma, { authorId: staff.author.id });
    const before = await postState(db.prisma);
    const refused = await savePost(IDLE, postForm({ id: post.id, version: 1, summaryEn: "Summary only" }));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.titleEn?.[0]).toMatch(/^ใส่ชื่อเรื่องภาษาอังกฤษก่อน/);
    const bodyOnly = await savePost(IDLE, postForm({ id: post.id, version: 1, bodyEn: "<p>Body only</p>" }));
    expect(bodyOnly.fieldErrors?.titleEn?.[0]).toMatch(/^ใส่ชื่อเรื่องภาษาอังกฤษก่อน/);
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("an author's translation of a published post waits in the draft; the live row changes when an editor publishes", async () => {
    session.as(staff.editor);
    const created = await savePost(IDLE, postForm({ title: "ประกาศรับสมัคร", titleEn: "Old title" }));
    const id = created.postId!;
    expect((await publishPost(IDLE, form({ id, version: 1 }))).ok).toBe(true);
    await db.prisma.post.update({ where: { id }, data: { authorId: staff.author.id } });

    session.as(staff.author);
    const draft = await savePost(IDLE, postForm({ id, version: 2, title: "ประกาศรับสมัคร", ...ENGLISH }));
    expect(draft).toMatchObject({ ok: true, version: 3 });
    expect(await liveEnglish(id)).toEqual({ titleEn: "Old title", summaryEn: null, bodyEn: null });
    const edit = await getPostForEdit(id, staff.author);
    expect(edit?.draft).toMatchObject(ENGLISH);
    expect(edit?.live.titleEn).toBe("Old title");

    session.as(staff.editor);
    expect((await publishPost(IDLE, form({ id, version: 3 }))).ok).toBe(true);
    expect(await liveEnglish(id)).toEqual(ENGLISH);
  });

  it("restoring an old revision brings its translation back, and the history shows what changed", async () => {
    session.as(staff.editor);
    const first = await savePost(IDLE, postForm({ title: "ข่าว", ...ENGLISH }));
    const id = first.postId!;
    const changed = await savePost(IDLE, postForm({ id, version: 1, title: "ข่าว", titleEn: "New title" }));
    expect(changed).toMatchObject({ ok: true, version: 2 });

    const [newest, oldest] = await listRevisions(id);
    const diffs = diffRevisions((await getRevision(oldest!.id))!.data, (await getRevision(newest!.id))!.data);
    expect(diffs.map((d) => d.field)).toEqual(["titleEn", "summaryEn", "bodyEn"]);

    const restored = await restoreRevision(IDLE, form({ id, version: 2, revisionId: oldest!.id }));
    expect(restored).toMatchObject({ ok: true, message: "กู้คืนฉบับนี้เป็นฉบับร่างแล้ว" });
    expect(await liveEnglish(id)).toEqual(ENGLISH);
  });

  it("a save from a stale page is still refused, its translation not written", async () => {
    session.as(staff.editor);
    const first = await savePost(IDLE, postForm({ title: "ข่าว" }));
    const id = first.postId!;
    await savePost(IDLE, postForm({ id, version: 1, title: "ข่าว", titleEn: "Someone else's" }));
    const stale = await savePost(IDLE, postForm({ id, version: 1, title: "ข่าว", ...ENGLISH }));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(await liveEnglish(id)).toEqual({ titleEn: "Someone else's", summaryEn: null, bodyEn: null });
  });

  it("an English word of the title, summary or body finds the published post", async () => {
    session.as(staff.editor);
    const saved = await savePost(IDLE, postForm({ title: "รับสมัครเลือกตั้ง", ...ENGLISH }));
    await publishPost(IDLE, form({ id: saved.postId, version: 1 }));
    for (const word of ["Candidate", "registration", "provincial", "identity"]) {
      const found = await searchPage(word);
      expect(
        found?.items.map((h) => h.id),
        word,
      ).toEqual([saved.postId]);
    }
  });
});

// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { makePost, postForm, postState } from "@/tests/helpers/post-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// An author sees their own unpublished posts only. Another author's draft, post in review,
// scheduled or withdrawn post — a results announcement before its time — answers every staff page,
// list and action exactly as a post that does not exist. Published posts stay visible to all staff,
// and editors and admins see everything.

const { savePost } = await import("@/lib/posts/actions/save");
const { deletePost, discardDraft, submitForReview } = await import("@/lib/posts/actions/workflow");
const { restoreRevision } = await import("@/lib/posts/actions/revisions");
const { getPostForEdit, listPostsForAdmin } = await import("@/lib/posts/admin-queries");
const { getDashboard } = await import("@/lib/admin/dashboard");
const EditPage = await import("@/app/admin/(staff)/posts/[id]/page");
const PreviewPage = await import("@/app/admin/(staff)/posts/[id]/preview/page");
const HistoryPage = await import("@/app/admin/(staff)/posts/[id]/history/page");

const session = sessionSwitch();
let db: TestDatabase;
let staff: Staff;
let rival: SessionUser;
useStaffTestDatabase(session, async (d, s) => {
  db = d;
  staff = s;
  const u = await db.prisma.user.create({
    data: { email: "rival@test.go.th", name: "ผู้เขียนอีกคน", role: "AUTHOR", passwordHash: "!" },
  });
  rival = { id: u.id, email: u.email, name: u.name, role: u.role };
});

const MISSING = 999_999;
const IDLE = {};
const UNPUBLISHED = ["DRAFT", "IN_REVIEW", "SCHEDULED", "WITHDRAWN"] as const;

/** What a staff page does for a post id: "404", or "shown". */
async function page(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "shown";
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw e;
  }
}

const pages = (id: number) => ({
  edit: () =>
    page(() => EditPage.default({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) })),
  preview: () => page(() => PreviewPage.default({ params: Promise.resolve({ id: String(id) }) })),
  history: () =>
    page(() => HistoryPage.default({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) })),
  title: async () =>
    (
      await EditPage.generateMetadata({
        params: Promise.resolve({ id: String(id) }),
        searchParams: Promise.resolve({}),
      })
    ).title,
});

/** A secret draft of the rival author, saved twice so that it has a history. */
async function rivalPost(
  status: (typeof UNPUBLISHED)[number] | "PUBLISHED",
  title = "ผลการนับคะแนนอย่างไม่เป็นทางการ เขต 7",
) {
  return makePost(db.prisma, {
    authorId: rival.id,
    status,
    title,
    section: "ELECTION_RESULT",
    ...(status === "SCHEDULED" ? { scheduledAt: new Date(Date.now() + 86_400_000) } : {}),
  });
}

describe("another author's unpublished post is, to an author, a post that does not exist", () => {
  it.each(UNPUBLISHED)(
    "%s: edit page, preview and history answer 404, the title is not in the page's metadata",
    async (status) => {
      const secret = await rivalPost(status);
      session.as(staff.author);
      const p = pages(secret.id);
      const missing = pages(MISSING);
      expect({ edit: await p.edit(), preview: await p.preview(), history: await p.history() }).toEqual({
        edit: "404",
        preview: "404",
        history: "404",
      });
      expect({
        edit: await missing.edit(),
        preview: await missing.preview(),
        history: await missing.history(),
      }).toEqual({ edit: "404", preview: "404", history: "404" });
      expect(await p.title()).toBe("ไม่พบเรื่อง");
      expect(await getPostForEdit(secret.id, staff.author)).toBeNull();

      // Its own author and the editors still open it.
      for (const who of [rival, staff.editor, staff.admin]) {
        session.as(who);
        expect({ edit: await p.edit(), preview: await p.preview(), history: await p.history() }).toEqual({
          edit: "shown",
          preview: "shown",
          history: "shown",
        });
        expect(await p.title()).toBe(`แก้ไข: ${secret.title}`);
      }
    },
  );

  it("every post action answers exactly as for a missing post, and changes nothing", async () => {
    const secret = await rivalPost("DRAFT");
    const revision = await db.prisma.postRevision.create({
      data: { postId: secret.id, version: 1, data: { title: secret.title }, authorId: rival.id },
    });
    session.as(staff.author);
    const calls = (id: number) => ({
      save: () => savePost(IDLE, postForm({ id, version: 1, title: "แอบแก้" })),
      submit: () => submitForReview(IDLE, form({ id, version: 1 })),
      delete: () => deletePost(IDLE, form({ id, version: 1 })),
      discard: () => discardDraft(IDLE, form({ id, version: 1 })),
      restore: () => restoreRevision(IDLE, form({ id, version: 1, revisionId: revision.id })),
    });
    const before = await postState(db.prisma);
    for (const [name, call] of Object.entries(calls(secret.id))) {
      const missing = await calls(MISSING)[name as keyof ReturnType<typeof calls>]();
      expect(await call(), name).toEqual(missing);
      expect(missing).toEqual({ ok: false, message: "ไม่พบข่าวนี้ อาจถูกลบไปแล้ว โปรดกลับไปที่รายการข่าว" });
    }
    expect(await postState(db.prisma)).toEqual(before);
  });

  it("lists, filters, the id search and the dashboard never show it; published posts and one's own drafts still show", async () => {
    const secret = await rivalPost("IN_REVIEW", "ประกาศผลอย่างเป็นทางการ ลับ");
    const published = await rivalPost("PUBLISHED", "ประกาศผลที่เผยแพร่แล้ว");
    const mine = await makePost(db.prisma, { authorId: staff.author.id, title: "ร่างของฉันเอง ประกาศผล" });
    const ids = async (params: Parameters<typeof listPostsForAdmin>[0], viewer: SessionUser) =>
      (await listPostsForAdmin(params, viewer)).items.map((p) => p.id);

    for (const params of [
      { page: 1 },
      { page: 1, authorId: rival.id },
      { page: 1, q: String(secret.id) },
      { page: 1, q: "ประกาศผล" },
      { page: 1, status: "IN_REVIEW" as const },
    ]) {
      const seen = await ids(params, staff.author);
      expect(seen, JSON.stringify(params)).not.toContain(secret.id);
      expect(await ids(params, staff.editor), JSON.stringify(params)).toContain(secret.id);
    }
    expect(await ids({ page: 1, q: "ประกาศผล" }, staff.author)).toEqual(
      expect.arrayContaining([published.id, mine.id]),
    );
    expect((await listPostsForAdmin({ page: 1, authorId: rival.id }, staff.author)).total).toBe(
      await db.prisma.post.count({ where: { authorId: rival.id, status: "PUBLISHED" } }),
    );

    const dash = await getDashboard(staff.author);
    const onDashboard = Object.values(dash).flatMap((l) => l.posts.map((p) => p.id));
    expect(onDashboard).not.toContain(secret.id);
    expect(dash.myDrafts.posts.map((p) => p.id)).toContain(mine.id);
    expect(dash.recentlyPublished.posts.map((p) => p.id)).toContain(published.id);
  });

  it("another author's published post opens as published: its pending changes are not shown", async () => {
    const live = await rivalPost("PUBLISHED", "ประกาศที่เผยแพร่อยู่");
    session.as(rival);
    expect(await savePost(IDLE, postForm({ id: live.id, version: 1, title: "ตัวเลขที่แก้ใหม่ ยังไม่ประกาศ" }))).toMatchObject({
      ok: true,
    });
    const seen = await getPostForEdit(live.id, staff.author);
    expect(seen).toMatchObject({
      id: live.id,
      draft: null,
      draftAuthorName: null,
      working: { title: "ประกาศที่เผยแพร่อยู่" },
    });
    expect((await getPostForEdit(live.id, rival))?.draft).toMatchObject({ title: "ตัวเลขที่แก้ใหม่ ยังไม่ประกาศ" });
    expect((await getPostForEdit(live.id, staff.editor))?.draft).toMatchObject({ title: "ตัวเลขที่แก้ใหม่ ยังไม่ประกาศ" });
    session.as(staff.author);
    expect(await pages(live.id).edit()).toBe("shown");
    expect(await pages(live.id).preview()).toBe("shown");
  });
});

import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TestDatabase } from "@/tests/helpers/db";
import type { Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// The attack suite: everything a browser can call that changes data, called the way an attacker
// would — signed out, with too low a role, with crafted fields, with hostile files and text — and
// after every refusal the whole database (and the uploads folder) is compared with what it was.
// The list of server actions is read from the source, so a new action without an entry in
// tests/helpers/attack-cases.ts fails the first test.

const env = vi.hoisted(() => {
  const uploadsDir = `${process.env.TMPDIR ?? "/tmp"}/attack-suite-${process.pid}-${Date.now()}`;
  process.env.UPLOADS_DIR = uploadsDir;
  process.env.MAX_UPLOAD_MB = "1";
  process.env.SITE_URL = "https://ect.example.go.th";
  return { uploadsDir, site: "https://ect.example.go.th" };
});
const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { createTestDatabase } = await import("@/tests/helpers/db");
const { createStaff, form, sessionSwitch, snapshot } = await import("@/tests/helpers/manage-fixtures");
const { makePost, postForm, postState } = await import("@/tests/helpers/post-fixtures");
const { exeBytes, pdfBytes } = await import("@/tests/helpers/media-samples");
const { attackCases, bangkokInput, june1 } = await import("@/tests/helpers/attack-cases");
const { outcome, serverActions } = await import("@/tests/helpers/server-actions");
type Action = import("@/tests/helpers/server-actions").Action;
const { electionSnapshot } = await import("@/tests/helpers/election-fixtures");
const { disclosureSnapshot } = await import("@/tests/helpers/procurement-fixtures");

const IDLE = {};
const SIGNED_OUT = "กรุณาเข้าสู่ระบบก่อน";
const NO_RIGHT = "คุณไม่มีสิทธิ์ทำรายการนี้";
const RANK: Record<Role, number> = { AUTHOR: 1, EDITOR: 2, ADMIN: 3 };

let db: TestDatabase;
let staff: Staff;
let otherAuthor: SessionUser;
const session = sessionSwitch();

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  staff = await createStaff(db.prisma);
  const u = await db.prisma.user.create({
    data: { email: "author2@test.go.th", name: "ผู้เขียนอีกคน", role: "AUTHOR", passwordHash: "!" },
  });
  otherAuthor = { id: u.id, email: u.email, name: u.name, role: u.role };
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
  await rm(env.uploadsDir, { recursive: true, force: true });
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

/** Every row an action could touch, and the files in the uploads folder. */
async function everything() {
  const files = await readdir(env.uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return {
    ...(await postState(db.prisma)),
    ...(await snapshot(db.prisma)),
    assets: await db.prisma.asset.findMany({ orderBy: { id: "asc" } }),
    elections: await electionSnapshot(db.prisma),
    disclosures: await disclosureSnapshot(db.prisma),
    attempts: await db.prisma.loginAttempt.count(),
    hosts: await db.prisma.officeHost.findMany({ orderBy: { host: "asc" } }),
    files: files
      .filter((f) => f.isFile())
      .map((f) => path.join(f.parentPath, f.name))
      .sort(),
  };
}

// ---- the list of server actions -------------------------------------------------------------

// The table itself is in tests/helpers/attack-cases.ts; its set-ups read the database and staff
// made in beforeAll when they run.
const CASES = attackCases({
  get db() {
    return db;
  },
  get staff() {
    return staff;
  },
  session,
});

describe("every server action refuses without a session and with too low a role, changing nothing", () => {
  let actions: Map<string, Action>;
  beforeAll(async () => {
    actions = await serverActions();
  });

  it("each server action in the code base is in this suite", () => {
    expect(actions.size).toBeGreaterThanOrEqual(Object.keys(CASES).length);
    expect([...actions.keys()].filter((k) => !(k in CASES)).sort()).toEqual([]);
    expect(
      Object.keys(CASES)
        .filter((k) => !actions.has(k))
        .sort(),
    ).toEqual([]);
  });

  it.each(Object.keys(CASES))("%s", async (key) => {
    const action = actions.get(key)!;
    const { min, setup, platform } = CASES[key]!;
    const lower = [null, staff.author, staff.editor, ...(platform ? [staff.admin] : [])].filter(
      (u) => u === null || platform || RANK[u.role] < RANK[min],
    );
    for (const who of lower) {
      const fd = await setup();
      const before = await everything();
      session.as(who);
      const s = await outcome(action(IDLE, fd));
      expect(s).toMatchObject({ ok: false, message: who ? NO_RIGHT : SIGNED_OUT });
      expect(await everything()).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();

    // The same request from someone allowed goes through: the refusals above were about who asked.
    const fd = await setup();
    session.as(
      platform
        ? { ...staff.admin, isPlatformAdmin: true }
        : min === "AUTHOR"
          ? staff.author
          : min === "EDITOR"
            ? staff.editor
            : staff.admin,
    );
    const allowed = await outcome(action(IDLE, fd));
    expect(allowed, JSON.stringify(allowed)).toMatchObject({ ok: true });
  });

  it.each(
    Object.keys(CASES).filter(
      (k) => k.startsWith("lib/posts/") && CASES[k]!.min === "AUTHOR" && !k.endsWith("#savePost"),
    ),
  )("%s: an author cannot act on another author's post", async (key) => {
    const fd = await CASES[key]!.setup();
    const before = await everything();
    session.as(otherAuthor);
    const s = await outcome(actions.get(key)!(IDLE, fd));
    expect(s.ok).toBe(false);
    // Another author's unpublished post answers like a missing one; a published one says it is not theirs.
    expect(s.message).toMatch(/คุณแก้ไขได้เฉพาะเรื่องที่คุณเขียนเอง|คุณไม่มีสิทธิ์|ไม่พบข่าวนี้/);
    expect(await everything()).toEqual(before);
  });
});

describe("an author publishing through a crafted request", () => {
  it("status, dates, author and publish fields smuggled into a save are ignored; the post stays a private draft", async () => {
    const { savePost } = await import("@/lib/posts/actions/save");
    const { getPublicPost } = await import("@/lib/posts/queries");
    session.as(staff.author);
    const fd = postForm({ title: "แอบเผยแพร่" });
    for (const [k, v] of Object.entries({
      status: "PUBLISHED",
      publishedAt: "2026-01-01T00:00:00Z",
      firstPublishedAt: "2026-01-01",
      authorId: String(staff.editor.id),
      intent: "publish",
      scheduledAt: bangkokInput(1),
    }))
      fd.set(k, v);
    const s = (await savePost(IDLE, fd)) as { ok: boolean; postId: number };
    expect(s.ok).toBe(true);
    const row = await db.prisma.post.findUniqueOrThrow({ where: { id: s.postId } });
    expect(row).toMatchObject({
      status: "DRAFT",
      authorId: staff.author.id,
      publishedAt: null,
      firstPublishedAt: null,
      scheduledAt: null,
    });
    expect(await getPublicPost(s.postId)).toBeNull();
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("the author's own post in review cannot be published, scheduled or put live by an edit", async () => {
    const { publishPost, schedulePost } = await import("@/lib/posts/actions/workflow");
    const { savePost } = await import("@/lib/posts/actions/save");
    const { getPublicPost } = await import("@/lib/posts/queries");
    const mine = await makePost(db.prisma, { authorId: staff.author.id, status: "IN_REVIEW" });
    const live = await makePost(db.prisma, { authorId: staff.author.id, status: "PUBLISHED", title: "ฉบับที่เผยแพร่" });
    session.as(staff.author);
    const before = await everything();
    expect(await publishPost(IDLE, form({ id: mine.id, version: 1 }))).toEqual({ ok: false, message: NO_RIGHT });
    expect(await schedulePost(IDLE, form({ id: mine.id, version: 1, scheduledAt: bangkokInput(5) }))).toEqual({
      ok: false,
      message: NO_RIGHT,
    });
    expect(await everything()).toEqual(before);
    // An author's edit of a live post waits for an editor; readers still see the published text.
    const s = (await savePost(
      IDLE,
      postForm({ id: live.id, version: 1, title: "แก้เองแล้วขึ้นเว็บ", changeType: "minor" }),
    )) as { ok: boolean };
    expect(s.ok).toBe(true);
    expect((await getPublicPost(live.id))?.title).toBe("ฉบับที่เผยแพร่");
    expect(await getPublicPost(mine.id)).toBeNull();
    expect(revalidatePublic).not.toHaveBeenCalled();
  });
});

describe("hostile files through the upload route", () => {
  const post = (url: string, body: FormData, headers: Record<string, string> = {}) =>
    new Request(`${env.site}${url}`, { method: "POST", body, headers: { origin: env.site, ...headers } });
  const upload = (bytes: Uint8Array, name: string, use = "attachment") => {
    const f = new FormData();
    f.append("use", use);
    f.append("file", new File([new Uint8Array(bytes)], name));
    return f;
  };
  const route = async () => (await import("@/app/api/admin/uploads/route")).POST;
  const replaceRoute = async () => (await import("@/app/api/admin/uploads/[id]/route")).POST;

  async function expectRefused(res: Response, status: number, error: RegExp, before: unknown) {
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(error);
    expect(await everything()).toEqual(before);
  }

  it("signed out, from another site, and an author replacing a file: refused", async () => {
    const POST = await route();
    const before = await everything();
    session.as(null);
    await expectRefused(
      await POST(post("/api/admin/uploads", upload(pdfBytes(), "a.pdf"))),
      401,
      new RegExp(SIGNED_OUT),
      before,
    );
    session.as(staff.admin);
    await expectRefused(
      await POST(post("/api/admin/uploads", upload(pdfBytes(), "a.pdf"), { origin: "https://evil.example" })),
      403,
      /ไม่ได้ส่งมาจาก/,
      before,
    );

    session.as(staff.editor);
    const created = await POST(post("/api/admin/uploads", upload(pdfBytes("original"), "ประกาศ.pdf")));
    expect(created.status).toBe(201);
    const { asset } = (await created.json()) as { asset: { id: number } };
    const afterUpload = await everything();
    session.as(staff.author);
    const REPLACE = await replaceRoute();
    const res = await REPLACE(post(`/api/admin/uploads/${asset.id}`, upload(pdfBytes("evil"), "ประกาศ.pdf")), {
      params: Promise.resolve({ id: String(asset.id) }),
    });
    await expectRefused(res, 403, new RegExp(NO_RIGHT), afterUpload);
  });

  it("a renamed program as a PDF, an oversized file: refused with the reason; a path in the name stays a label", async () => {
    const POST = await route();
    session.as(staff.author);
    const before = await everything();
    await expectRefused(
      await POST(post("/api/admin/uploads", upload(exeBytes(), "ประกาศ.pdf"))),
      415,
      /ไม่ใช่|ไม่รองรับ|โปรแกรม/,
      before,
    );
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(pdfBytes());
    await expectRefused(await POST(post("/api/admin/uploads", upload(big, "ใหญ่.pdf"))), 413, /ใหญ่เกิน|MB/, before);

    const res = await POST(post("/api/admin/uploads", upload(pdfBytes(), "../../../etc/passwd/..\\..\\ประกาศ.pdf")));
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as { asset: { id: number; fileName: string } };
    expect(asset.fileName).not.toMatch(/[\\/]|\.\./);
    const row = await db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(path.resolve(env.uploadsDir, row.storagePath).startsWith(env.uploadsDir + path.sep)).toBe(true);
    expect((await everything()).files.every((f) => f.startsWith(env.uploadsDir + path.sep))).toBe(true);
  });
});

describe("XSS payloads in every field are stored harmlessly and shown as text", () => {
  const XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  // Live markup only: the same text escaped (&lt;script&gt;…) is what readers should see.
  const LIVE = [/<script>alert/, /<img src=x/, /onerror=alert\(2\)>/, /href="javascript:/i];

  it("post title, summary, body, tags and attachment names: public page, listings and staff pages", async () => {
    const { savePost } = await import("@/lib/posts/actions/save");
    const { publishPost } = await import("@/lib/posts/actions/workflow");
    const { getPublicPost, getLatestPosts } = await import("@/lib/posts/queries");
    const { listPostsForAdmin } = await import("@/lib/posts/admin-queries");
    const { listAuditEntries } = await import("@/lib/audit/queries");
    const { PostArticle } = await import("@/components/site/posts/post-article");
    const { PostList } = await import("@/components/site/posts/post-list");
    const { PostTable } = await import("@/components/admin/posts/post-table");
    const { AuditTable } = await import("@/components/admin/audit/audit-table");
    const { POST } = await import("@/app/api/admin/uploads/route");

    session.as(staff.editor);
    const up = new FormData();
    up.append("use", "attachment");
    up.append("file", new File([new Uint8Array(pdfBytes())], `${XSS}.pdf`));
    const res = await POST(
      new Request(`${env.site}/api/admin/uploads`, { method: "POST", body: up, headers: { origin: env.site } }),
    );
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as { asset: { id: number; href: string } };

    const body = `<p>ข้อความ${XSS}</p><a href="javascript:alert(3)">ลิงก์</a><iframe src="https://evil.example"></iframe><p style="position:fixed" onclick="alert(4)">x</p>`;
    const saved = (await savePost(
      IDLE,
      postForm({
        title: XSS,
        summary: XSS,
        body,
        tags: "<script>alert(1)</script>, <img src=x onerror=alert(2)>, ปกติ",
        attachmentIds: [asset.id],
      }),
    )) as { ok: boolean; postId: number };
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    expect((await publishPost(IDLE, form({ id: saved.postId, version: 1 }))).ok).toBe(true);

    const stored = await db.prisma.post.findUniqueOrThrow({ where: { id: saved.postId } });
    expect(stored.title).toBe(XSS);
    for (const re of [...LIVE, /<iframe/, /onclick/, /style=/, /javascript:/]) expect(stored.body).not.toMatch(re);
    expect(stored.body).toContain("ข้อความ");

    const view = (await getPublicPost(saved.postId))!;
    const pages = [
      renderToStaticMarkup(createElement(PostArticle, { post: view })),
      renderToStaticMarkup(createElement(PostList, { posts: await getLatestPosts({ limit: 50 }) })),
      renderToStaticMarkup(
        createElement(PostTable, { posts: (await listPostsForAdmin({ page: 1 }, staff.editor)).items }),
      ),
      renderToStaticMarkup(createElement(AuditTable, { rows: (await listAuditEntries({ entity: "post" })).rows })),
    ];
    for (const html of pages) {
      for (const re of LIVE) expect(html).not.toMatch(re);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    // The attachment's name is shown as text and its address cannot break out of the link.
    expect(pages[0]).toContain(`${asset.href.split("/").slice(0, 3).join("/")}/`);
  });
});

describe("XSS payloads in the office pages and executives are stored harmlessly and shown as text", () => {
  const XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  const LIVE = [/<script>alert/, /<img src=x/, /onerror=alert\(2\)>/, /href="javascript:/i];

  it("page title and body, executive name and position: public About page and staff list", async () => {
    const { updateOfficePage } = await import("@/lib/office/actions");
    const { createExecutive } = await import("@/lib/office/executive-actions");
    const { getExecutives, getOfficePage } = await import("@/lib/office/queries");
    const { OfficeArticle } = await import("@/components/site/office/office-article");
    const { ExecutiveList } = await import("@/components/site/office/executive-list");
    session.as(staff.editor);
    const row = await db.prisma.officePage.findFirst({ where: { key: "ABOUT" } });
    const body = `<p>ประวัติ${XSS}</p><a href="javascript:alert(3)">ลิงก์</a><iframe src="https://evil.example"></iframe>`;
    expect(
      await updateOfficePage(IDLE, form({ key: "ABOUT", version: row?.version ?? 0, title: XSS, body })),
    ).toMatchObject({ ok: true });
    await outcome(createExecutive(IDLE, form({ name: XSS, position: XSS, phone: "", email: "", photoId: "" })));

    const page = await getOfficePage("ABOUT");
    expect(page.title).toBe(XSS);
    for (const re of [...LIVE, /<iframe/, /javascript:/]) expect(page.body).not.toMatch(re);
    const html = renderToStaticMarkup(
      createElement(OfficeArticle, {
        ...page,
        after: createElement(ExecutiveList, { executives: await getExecutives() }),
      }),
    );
    for (const re of LIVE) expect(html).not.toMatch(re);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("repeated wrong passwords", () => {
  // Staff e-mail addresses are public: a stranger's guesses lock the stranger out, never the person
  // (tests/int/attack-sessions.int.test.ts has the rest of it).
  it("lock the guessing address out of the account with a Thai message; the right password from elsewhere still gets in", async () => {
    const { hashPassword } = await import("@/lib/auth/password");
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const { signInErrorMessage, lockedCode } = await import("@/lib/auth/messages");
    const user = await db.prisma.user.create({
      data: {
        email: "target@test.go.th",
        name: "เป้าหมาย",
        role: "ADMIN",
        passwordHash: await hashPassword("รหัสที่ถูก-2569"),
      },
    });
    let t = Date.now();
    const clock = { now: () => new Date(t), sleep: async (ms: number) => void (t += ms) };
    const attempt = (password: string, address: string) =>
      signInWithPassword({ email: "target@test.go.th", password, address }, { prisma: db.prisma, clock });

    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt(`guess-${i}`, "198.51.100.1"));
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "locked",
    ]);
    expect(await attempt("รหัสที่ถูก-2569", "198.51.100.1")).toMatchObject({
      ok: false,
      reason: "locked",
      scope: "pair",
      minutes: 15,
    });
    expect(signInErrorMessage(lockedCode("pair", 15))).toBe("เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก 15 นาที");
    expect(await attempt("รหัสที่ถูก-2569", "198.51.100.99")).toMatchObject({ ok: true, user: { id: user.id } });
  });
});

describe("two concurrent saves", () => {
  it("of one post: exactly one wins; the other is told and its text is not written", async () => {
    const { savePost } = await import("@/lib/posts/actions/save");
    const post = await makePost(db.prisma, { authorId: staff.author.id, title: "ต้นฉบับ" });
    session.as(staff.editor);
    const [a, b] = (await Promise.all([
      savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับของคนแรก" })),
      savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับของคนที่สอง" })),
    ])) as { ok: boolean; conflict?: boolean; message: string }[];
    expect([a!.ok, b!.ok].sort()).toEqual([false, true]);
    const loser = a!.ok ? b! : a!;
    expect(loser).toMatchObject({ ok: false, conflict: true });
    expect(loser.message).toMatch(/มีผู้อื่นแก้ไขข่าวนี้ไปแล้ว/);
    const row = await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.version).toBe(2);
    expect(row.title).toBe(a!.ok ? "ฉบับของคนแรก" : "ฉบับของคนที่สอง");
    expect(await db.prisma.postRevision.count({ where: { postId: post.id } })).toBe(1);
  });

  it("of one event and of the settings: the same", async () => {
    const { updateEvent } = await import("@/lib/calendar/actions");
    const { updateSettings } = await import("@/lib/settings/actions");
    const { getSettingsForEdit } = await import("@/lib/settings/admin-queries");
    session.as(staff.admin);
    const e = await db.prisma.event.create({ data: { title: "เดิม", startsAt: new Date("2022-06-01T02:00:00Z") } });
    const results = await Promise.all(
      ["แก้ครั้งที่หนึ่ง", "แก้ครั้งที่สอง"].map((title) =>
        outcome(updateEvent(IDLE, form({ ...june1, id: e.id, version: e.version, title }))),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await db.prisma.event.findUniqueOrThrow({ where: { id: e.id } })).version).toBe(e.version + 1);

    const { values, version } = await getSettingsForEdit();
    const phones = ["053 111 111", "053 222 222"];
    const saved = await Promise.all(
      phones.map((phone) => outcome(updateSettings(IDLE, form({ ...values, province: "เชียงราย", phone, version })))),
    );
    expect(saved.filter((r) => r.ok)).toHaveLength(1);
    const refused = saved.find((r) => !r.ok)!;
    expect(refused.message).toMatch(/มีผู้อื่น/);
    const after = await getSettingsForEdit();
    expect(after.version).toBe(version + 1);
    expect(after.values.phone).toBe(phones[saved.findIndex((r) => r.ok)]);
  });
});

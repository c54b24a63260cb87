// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { setCentralPin } from "@/lib/posts/actions/central-pins";
import { getCentralPostsToPin, getPinnedCentralPosts } from "@/lib/posts/central";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";
import type { DirectoryOffice } from "@/lib/offices/hosts";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// A provincial office pins a central office post to the top of its own listing of that post's
// section: a link to the central site's address, never a copy, gone when the central office
// withdraws the post. Editors only; only the central office's published posts; each office's pins
// are its own.

const NOT_FOUND = "ไม่พบข่าวนี้ของสำนักงานส่วนกลาง อาจถูกถอนหรือลบไปแล้ว โปรดโหลดหน้าใหม่";
let db: TestDatabase;
let offices: Record<string, DirectoryOffice>;
const session = sessionSwitch();
const posts: Record<string, number> = {};

const on = <T>(code: string, fn: () => Promise<T>) => runForOffice(offices[code]!, fn);
const pin = (code: string, postId: number | string, value = "1") =>
  on(code, () => setCentralPin(IDLE, form({ postId, pin: value })));

async function staffOf(code: string, role: "EDITOR" | "AUTHOR") {
  const u = await db.prisma.user.create({
    data: {
      officeId: offices[code]!.id,
      email: `${role}@${code}.test.go.th`,
      name: `${role} ${code}`,
      role,
      passwordHash: "!",
    },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

async function post(code: string, title: string, status: "PUBLISHED" | "DRAFT", section = "PRESS_RELEASE" as const) {
  const row = await db.prisma.post.create({
    data: {
      officeId: offices[code]!.id,
      status,
      title,
      section,
      ...(status === "PUBLISHED" ? { publishedAt: new Date("2026-11-30T03:00:00Z") } : {}),
    },
  });
  return row.id;
}

const pinsOf = (code: string) =>
  db.prisma.centralPin.findMany({ where: { officeId: offices[code]!.id }, orderBy: { postId: "asc" } });

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  offices = Object.fromEntries((await loadDirectory(db.prisma)).map((o) => [o.code, o]));
  posts.release = await post("ect", "กกต. เชิญชวนตรวจสอบรายชื่อ", "PUBLISHED");
  posts.draft = await post("ect", "ร่างข่าวส่วนกลาง", "DRAFT");
  posts.chiangrai = await post("chiangrai", "ข่าวเชียงราย", "PUBLISHED");
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
});

describe("pinning a central post", () => {
  let phayaoEditor: Awaited<ReturnType<typeof staffOf>>;
  beforeAll(async () => {
    phayaoEditor = await staffOf("phayao", "EDITOR");
  });

  it("an editor pins it: page 1 of the section links to the central site; once, audited", async () => {
    session.as(phayaoEditor);
    expect(await pin("phayao", posts.release!)).toEqual({
      ok: true,
      message: "ปักหมุดแล้ว: แสดงที่ด้านบนของหมวดข่าวประชาสัมพันธ์บนเว็บไซต์ของสำนักงาน",
    });
    const pinned = await on("phayao", () => getPinnedCentralPosts("PRESS_RELEASE"));
    expect(pinned.map((p) => [p.title, p.cover])).toEqual([["กกต. เชิญชวนตรวจสอบรายชื่อ", null]]);
    expect(pinned[0]!.path).toMatch(new RegExp(`^http://ect\\.localhost(:\\d+)?/posts/${posts.release}$`));
    expect(await on("phayao", () => getPinnedCentralPosts("ANNOUNCEMENT"))).toEqual([]);
    expect(await on("nan", () => getPinnedCentralPosts("PRESS_RELEASE"))).toEqual([]);
    const list = await on("phayao", () => getCentralPostsToPin(30));
    expect(list?.map((p) => [p.id, p.pinned])).toEqual([[posts.release, true]]);

    expect(await pin("phayao", posts.release!)).toMatchObject({
      ok: true,
      message: "ข่าวนี้ปักหมุดไว้ในหมวดข่าวประชาสัมพันธ์อยู่แล้ว",
    });
    const entries = await db.prisma.auditLog.findMany({ where: { action: "central_pin.add" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      officeId: offices.phayao!.id,
      entity: "central_pin",
      entityId: String(posts.release),
    });
  });

  it.each([
    ["a central draft", () => posts.draft!],
    ["another province's post", () => posts.chiangrai!],
    ["an id that is no number", () => "1 OR 1=1"],
    ["an id of nothing", () => 999_999],
  ])("refuses %s, in Thai, and pins nothing", async (_what, id) => {
    session.as(phayaoEditor);
    const before = await db.prisma.centralPin.count();
    expect(await pin("phayao", id())).toEqual({ ok: false, message: NOT_FOUND });
    expect(await db.prisma.centralPin.count()).toBe(before);
  });

  it("an author may not pin; the central office has nothing to pin", async () => {
    session.as(await staffOf("nan", "AUTHOR"));
    expect(await pin("nan", posts.release!)).toMatchObject({ ok: false });
    expect(await pinsOf("nan")).toEqual([]);
    session.as(await staffOf("ect", "EDITOR"));
    expect(await pin("ect", posts.release!)).toEqual({ ok: false, message: NOT_FOUND });
    expect(await on("ect", () => getCentralPostsToPin(30))).toBeNull();
  });

  it("each office's pins are its own: taking Nan's pin away leaves Phayao's", async () => {
    session.as(await staffOf("nan", "EDITOR"));
    expect(await pin("nan", posts.release!)).toMatchObject({ ok: true });
    expect(await pin("nan", posts.release!, "0")).toEqual({ ok: true, message: "เลิกปักหมุดแล้ว" });
    expect(await pin("nan", posts.release!, "0")).toEqual({ ok: true, message: "ข่าวนี้ไม่ได้ปักหมุดไว้แล้ว" });
    expect(await pinsOf("nan")).toEqual([]);
    expect((await pinsOf("phayao")).map((p) => p.postId)).toEqual([posts.release]);
    expect(await db.prisma.auditLog.count({ where: { action: "central_pin.remove", officeId: offices.nan!.id } })).toBe(
      1,
    );
  });

  it("a post the central office withdraws leaves the listing by itself", async () => {
    await db.prisma.post.update({ where: { id: posts.release }, data: { status: "WITHDRAWN" } });
    try {
      expect(await on("phayao", () => getPinnedCentralPosts("PRESS_RELEASE"))).toEqual([]);
    } finally {
      await db.prisma.post.update({ where: { id: posts.release }, data: { status: "PUBLISHED" } });
    }
    expect(await on("phayao", () => getPinnedCentralPosts("PRESS_RELEASE"))).toHaveLength(1);
  });
});

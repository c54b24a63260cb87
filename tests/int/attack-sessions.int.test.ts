// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { createRequire } from "node:module";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// Sessions and the forced password change, attacked the way a browser would: every
// sign-in and sign-out goes through next-auth's own handler with the site's options and a cookie
// jar, and every "who is this?" through lib/auth/session.ts reading that jar.

const SECRET = "attack-sessions-secret-long-enough-for-hkdf-01";
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "attack-sessions-secret-long-enough-for-hkdf-01";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.SITE_URL = "http://localhost:3000";
});

/** The browser: its cookies, and the client address the server sees. */
const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), address: "192.0.2.10" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...browser.jar].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": browser.address }),
}));
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { authOptions } = await import("@/lib/auth/options");
const { hashPassword } = await import("@/lib/auth/password");
const { sessionCookieName } = await import("@/lib/auth/secret");
const { getCurrentUser } = await import("@/lib/auth/session");
const { createTestDatabase } = await import("@/tests/helpers/db");
const { form, redirectOf } = await import("@/tests/helpers/manage-fixtures");
const { postForm } = await import("@/tests/helpers/post-fixtures");
const { savePost } = await import("@/lib/posts/actions/save");
const { changeOwnPassword, signOutEverywhere } = await import("@/lib/users/account-actions");
const { createUser, resetPassword, signOutUserEverywhere } = await import("@/lib/users/actions");

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
const IDLE = {};
const SIGNED_OUT = "กรุณาเข้าสู่ระบบก่อน";
const CHANGE_FIRST = "กรุณาเปลี่ยนรหัสผ่านชั่วคราวเป็นรหัสผ่านของคุณเองก่อน ที่หน้า «บัญชีของฉัน» (/admin/account)";
const HOUR = 3_600_000;
const T0 = new Date("2026-05-14T01:00:00Z");

// next-auth's own request handler, the one app/api/auth/[...nextauth]/route.ts hands every request
// to (its package does not export it by name; its Next wrapper only adds the request plumbing).
type Internal = {
  status?: number;
  body?: unknown;
  cookies?: { name: string; value: string; options?: { maxAge?: number } }[];
};
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: (p: { req: Record<string, unknown>; options: unknown }) => Promise<Internal>;
};

/** One request of the browser to /api/auth/*; cookies it sets or clears land in the jar. */
async function nextAuth(
  action: "csrf" | "session" | "callback" | "signout",
  init: { method?: string; body?: Record<string, string>; providerId?: string } = {},
) {
  const res = await AuthHandler({
    req: {
      action,
      method: init.method ?? "GET",
      providerId: init.providerId,
      body: init.body,
      query: {},
      cookies: Object.fromEntries(browser.jar),
      headers: { host: "localhost:3000", "x-forwarded-for": browser.address },
    },
    options: authOptions(),
  });
  for (const c of res.cookies ?? []) {
    if (!c.value || c.options?.maxAge === 0) browser.jar.delete(c.name);
    else browser.jar.set(c.name, c.value);
  }
  return res;
}

async function csrf(): Promise<string> {
  return ((await nextAuth("csrf")).body as { csrfToken: string }).csrfToken;
}

/** Signs in through the login form's endpoint; returns the session cookie the browser now holds. */
async function signIn(email: string, password: string): Promise<string> {
  const csrfToken = await csrf();
  await nextAuth("callback", {
    method: "POST",
    providerId: "credentials",
    body: { email, password, csrfToken, json: "true" },
  });
  const cookie = browser.jar.get(sessionCookieName());
  expect(cookie, `signed in as ${email}`).toBeDefined();
  return cookie!;
}

async function signOut(): Promise<void> {
  await nextAuth("signout", { method: "POST", body: { csrfToken: await csrf(), json: "true" } });
}

/** Puts a cookie (a copied one, a replayed one) into the browser. */
function useCookie(cookie: string): void {
  browser.jar.clear();
  browser.jar.set(sessionCookieName(), cookie);
}

async function person(
  email: string,
  password: string,
  role: "ADMIN" | "EDITOR" | "AUTHOR" = "EDITOR",
  extra: { mustChangePassword?: boolean } = {},
) {
  return db.prisma.user.create({
    data: { email, name: `ผู้ใช้ ${email.split("@")[0]}`, role, passwordHash: await hashPassword(password), ...extra },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
});
afterAll(async () => {
  useTestDatabase(undefined);
  await db.close();
});
beforeEach(() => {
  browser.jar.clear();
  browser.address = "192.0.2.10";
});
afterEach(() => {
  vi.useRealTimers();
});

describe("signing out ends the session on the server", () => {
  it("the cookie copied before sign-out is refused afterwards: no save, no session", async () => {
    await person("signout@test.go.th", "ออกแล้วต้องออกจริง 2569");
    const cookie = await signIn("signout@test.go.th", "ออกแล้วต้องออกจริง 2569");
    expect(await getCurrentUser()).toMatchObject({ email: "signout@test.go.th" });
    expect(await savePost(IDLE, postForm({ title: "ก่อนออกจากระบบ" }))).toMatchObject({ ok: true });

    await signOut();
    expect(browser.jar.has(sessionCookieName())).toBe(false);
    useCookie(cookie); // the attacker's copy
    expect(await getCurrentUser()).toBeNull();
    const posts = await db.prisma.post.count();
    expect(await savePost(IDLE, postForm({ title: "หลังออกจากระบบ" }))).toEqual({ ok: false, message: SIGNED_OUT });
    expect(await db.prisma.post.count()).toBe(posts);
    expect((await nextAuth("session")).body).toEqual({});
  });

  it("a cookie made before server-side sessions (no session id) counts as signed out", async () => {
    const u = await person("oldcookie@test.go.th", "คุกกี้รุ่นเก่า 2569");
    useCookie(
      await encode({
        token: { sub: String(u.id), uid: u.id, sv: u.sessionVersion, role: u.role, name: u.name, email: u.email },
        secret: SECRET,
        maxAge: 8 * 3600,
      }),
    );
    expect(await getCurrentUser()).toBeNull();
    expect(await savePost(IDLE, postForm({ title: "คุกกี้เก่า" }))).toEqual({ ok: false, message: SIGNED_OUT });
  });
});

describe("a session lasts 8 hours from sign-in, whatever refreshes it", () => {
  it("refreshing /api/auth/session keeps the end where it was", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    await person("lifetime@test.go.th", "แปดชั่วโมงพอดี 2569");
    const first = await signIn("lifetime@test.go.th", "แปดชั่วโมงพอดี 2569");

    for (const h of [1, 3, 5, 7.5]) {
      vi.setSystemTime(new Date(T0.getTime() + h * HOUR));
      const res = await nextAuth("session");
      expect(res.body).toMatchObject({
        user: { email: "lifetime@test.go.th" },
        expires: new Date(T0.getTime() + 8 * HOUR).toISOString(),
      });
      expect(await getCurrentUser()).toMatchObject({ email: "lifetime@test.go.th" });
    }
    const refreshed = browser.jar.get(sessionCookieName())!;
    expect(refreshed).not.toBe(first);

    vi.setSystemTime(new Date(T0.getTime() + 8 * HOUR + 60_000));
    for (const cookie of [first, refreshed]) {
      useCookie(cookie);
      expect(await getCurrentUser()).toBeNull();
      expect(await savePost(IDLE, postForm({ title: "หลังแปดชั่วโมง" }))).toEqual({ ok: false, message: SIGNED_OUT });
      expect((await nextAuth("session")).body).toEqual({});
    }
  });
});

describe("«ออกจากระบบทุกเครื่อง»", () => {
  it("on one's own account page ends every session of that person, this one included, and no one else's", async () => {
    await person("many@test.go.th", "หลายเครื่องพร้อมกัน 2569");
    await person("bystander@test.go.th", "คนอื่นไม่เกี่ยว 2569");
    const phone = await signIn("many@test.go.th", "หลายเครื่องพร้อมกัน 2569");
    browser.jar.clear();
    const other = await signIn("bystander@test.go.th", "คนอื่นไม่เกี่ยว 2569");
    browser.jar.clear();
    const desk = await signIn("many@test.go.th", "หลายเครื่องพร้อมกัน 2569");

    expect(await redirectOf(signOutEverywhere(IDLE, form({})))).toBe("/admin/login?notice=signed-out-everywhere");
    for (const cookie of [phone, desk]) {
      useCookie(cookie);
      expect(await getCurrentUser()).toBeNull();
    }
    useCookie(other);
    expect(await getCurrentUser()).toMatchObject({ email: "bystander@test.go.th" });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "auth.logout_everywhere" } });
    expect(entry.after).toMatchObject({ sessionsEnded: 2 });

    const { signInNotice } = await import("@/lib/auth/messages");
    expect(signInNotice("signed-out-everywhere")).toBe("ออกจากระบบทุกเครื่องแล้ว รวมถึงเครื่องนี้ โปรดเข้าสู่ระบบอีกครั้ง");
  });

  it("an admin can end every session of another account, with a Thai confirmation; an editor cannot", async () => {
    await person("boss@test.go.th", "ผู้ดูแลระบบตัวจริง 2569", "ADMIN");
    const target = await person("lost-phone@test.go.th", "โทรศัพท์หายไปแล้ว 2569", "EDITOR");
    const targetCookie = await signIn("lost-phone@test.go.th", "โทรศัพท์หายไปแล้ว 2569");

    // The target itself, an editor, cannot do it to someone else.
    const victim = await person("victim@test.go.th", "เหยื่อของบรรณาธิการ 2569", "AUTHOR");
    expect(await signOutUserEverywhere(IDLE, form({ id: victim.id }))).toEqual({
      ok: false,
      message: "คุณไม่มีสิทธิ์ทำรายการนี้",
    });

    browser.jar.clear();
    await signIn("boss@test.go.th", "ผู้ดูแลระบบตัวจริง 2569");
    expect(await signOutUserEverywhere(IDLE, form({ id: target.id }))).toEqual({
      ok: true,
      message: `ออกจากระบบทุกเครื่องของ ${target.name} แล้ว (1 เครื่อง) ผู้ใช้ต้องเข้าสู่ระบบใหม่`,
    });
    expect(await getCurrentUser()).toMatchObject({ email: "boss@test.go.th" });
    useCookie(targetCookie);
    expect(await getCurrentUser()).toBeNull();
    expect(
      await db.prisma.auditLog.count({ where: { action: "user.logout_everywhere", entityId: String(target.id) } }),
    ).toBe(1);
  });

  it("a role change, a deactivation or a password reset still ends the sessions at once", async () => {
    const u = await person("sv@test.go.th", "เวอร์ชันของเซสชัน 2569");
    for (const change of [{ role: "AUTHOR" as const }, { active: false }]) {
      await db.prisma.user.update({ where: { id: u.id }, data: { role: "EDITOR", active: true } });
      browser.jar.clear();
      await signIn("sv@test.go.th", "เวอร์ชันของเซสชัน 2569");
      expect(await getCurrentUser()).not.toBeNull();
      await db.prisma.user.update({ where: { id: u.id }, data: { ...change, sessionVersion: { increment: 1 } } });
      expect(await getCurrentUser()).toBeNull();
    }
  });
});

describe("a generated password must be replaced before anything else", () => {
  it("the demo admin's printed password opens only the change-password form; then everything works", async () => {
    const { setDemoAdminPassword, DEMO_ADMIN_EMAIL, NO_PASSWORD } = await import("@/lib/auth/bootstrap");
    await db.prisma.user.create({
      data: { email: DEMO_ADMIN_EMAIL, name: "ผู้ดูแลระบบตัวอย่าง", role: "ADMIN", passwordHash: NO_PASSWORD },
    });
    const printed = (await setDemoAdminPassword(db.prisma))!;
    await signIn(DEMO_ADMIN_EMAIL, printed);
    expect(await getCurrentUser()).toMatchObject({ email: DEMO_ADMIN_EMAIL, mustChangePassword: true });

    // Server actions and route handlers refuse, whatever the browser shows.
    const before = { posts: await db.prisma.post.count(), users: await db.prisma.user.count() };
    expect(await savePost(IDLE, postForm({ title: "ยังไม่เปลี่ยนรหัส" }))).toEqual({ ok: false, message: CHANGE_FIRST });
    expect(await createUser(IDLE, form({ name: "ผู้ใช้ใหม่", email: "new@test.go.th", role: "ADMIN" }))).toMatchObject({
      ok: false,
      message: CHANGE_FIRST,
    });
    const { POST } = await import("@/app/api/admin/uploads/route");
    const upload = new FormData();
    upload.append("use", "attachment");
    upload.append("file", new File([new Uint8Array([37, 80, 68, 70])], "a.pdf"));
    const res = await POST(
      new Request("http://localhost:3000/api/admin/uploads", {
        method: "POST",
        body: upload,
        headers: { origin: "http://localhost:3000" },
      }),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe(CHANGE_FIRST);
    expect({ posts: await db.prisma.post.count(), users: await db.prisma.user.count() }).toEqual(before);

    // Every staff page but the password form sends the person there.
    const { requirePageRole } = await import("@/lib/admin/page-guard");
    expect(await redirectOf(requirePageRole("AUTHOR"))).toBe("/admin/account");
    expect(await redirectOf(requirePageRole("ADMIN"))).toBe("/admin/account");
    expect(await requirePageRole("AUTHOR", { passwordChangePage: true })).toMatchObject({ email: DEMO_ADMIN_EMAIL });

    const mine = "รหัสผ่านของผู้ดูแลเอง 2569";
    expect(await redirectOf(changeOwnPassword(IDLE, form({ current: printed, next: mine, confirm: mine })))).toBe(
      "/admin/login?notice=password-changed",
    );
    expect(await getCurrentUser()).toBeNull();
    browser.jar.clear();
    await signIn(DEMO_ADMIN_EMAIL, mine);
    expect(await getCurrentUser()).toMatchObject({ email: DEMO_ADMIN_EMAIL, mustChangePassword: false });
    expect(await savePost(IDLE, postForm({ title: "เปลี่ยนรหัสแล้ว" }))).toMatchObject({ ok: true });
  });

  it("an admin's new account and password reset are generated, so flagged; a chosen password is not", async () => {
    const { createUserAccount } = await import("@/lib/auth/bootstrap");
    await person("admin2@test.go.th", "ผู้ดูแลคนที่สอง 2569", "ADMIN");
    await signIn("admin2@test.go.th", "ผู้ดูแลคนที่สอง 2569");
    const created = await createUser(IDLE, form({ name: "เจ้าหน้าที่ใหม่", email: "fresh@test.go.th", role: "AUTHOR" }));
    expect(created).toMatchObject({ ok: true });
    const reset = await person("forgot@test.go.th", "ลืมรหัสผ่านไปแล้ว 2569", "AUTHOR");
    expect(await resetPassword(IDLE, form({ id: reset.id }))).toMatchObject({ ok: true });
    const flags = async (email: string) =>
      (await db.prisma.user.findFirstOrThrow({ where: { email } })).mustChangePassword;
    expect(await flags("fresh@test.go.th")).toBe(true);
    expect(await flags("forgot@test.go.th")).toBe(true);

    await createUserAccount(db.prisma, { email: "cli-gen@test.go.th", name: "สร้างจากคำสั่ง", role: "AUTHOR" }, "cli");
    await createUserAccount(
      db.prisma,
      { email: "cli-own@test.go.th", name: "ตั้งรหัสเอง", role: "AUTHOR", password: "รหัสที่เลือกเอง 2569" },
      "cli",
    );
    expect(await flags("cli-gen@test.go.th")).toBe(true);
    expect(await flags("cli-own@test.go.th")).toBe(false);

    // The one-time password works for signing in, and only for the password form.
    browser.jar.clear();
    await signIn("fresh@test.go.th", (created as { oneTimePassword: string }).oneTimePassword);
    expect(await savePost(IDLE, postForm({ title: "บัญชีใหม่" }))).toEqual({ ok: false, message: CHANGE_FIRST });
  });

  it("the e2e suite's accounts are not flagged", async () => {
    const { createE2EUsers, E2E_USERS } = await import("@/tests/helpers/e2e-users");
    await createE2EUsers(db.prisma);
    const rows = await db.prisma.user.findMany({
      where: { email: { in: Object.values(E2E_USERS).map((u) => u.email) } },
    });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => !r.mustChangePassword)).toBe(true);
  });
});

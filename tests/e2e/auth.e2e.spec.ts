import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, lockoutUser } from "../helpers/e2e-users";
import { screenshot, laterZoneRun, ONCE } from "../helpers/e2e-page";
import { fillLoginForm, loginError, signIn } from "../helpers/e2e-login";

test.skip(laterZoneRun, ONCE);

// Sign-in, sessions and the staff area's doors. Each test claims its own client address (the
// server counts the rightmost X-Forwarded-For entry), so failed sign-ins here never lock the
// shared loopback address that the other specs sign in from.
test.beforeEach(async ({ page }) => {
  const n = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${n()}.${n()}.${n()}` });
});

const INVALID = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";
const LOCKED = "เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก 15 นาที";
const ADMIN_ONLY = ["ตั้งค่าเว็บไซต์", "ผู้ใช้งาน", "บันทึกการใช้งาน"];

/** Submits the form and waits for next-auth's answer. */
async function attempt(page: Page, user: { email: string; password: string }): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    fillLoginForm(page, user),
  ]);
}

test("signed out, the staff area opens on the sign-in page", async ({ page }) => {
  await page.goto("/admin/posts?status=DRAFT");
  await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Fposts%3Fstatus%3DDRAFT$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const form = page.getByRole("form", { name: "เข้าสู่ระบบ" });
  await expect(form.getByLabel("อีเมล")).toBeVisible();
  await expect(form.getByLabel("รหัสผ่าน")).toHaveAttribute("type", "password");
  await screenshot(page, "auth-01-login");

  // After signing in, back to the page that was asked for.
  await fillLoginForm(page, E2E_USERS.editor);
  await expect(page).toHaveURL(/\/admin\/posts\?status=DRAFT$/);
});

test("a wrong password says so in Thai, inside the form; the right one opens the dashboard", async ({
  page,
  context,
}) => {
  const user = E2E_USERS.admin;
  await page.goto("/admin/login");
  await attempt(page, { email: user.email, password: "not-the-password" });
  await expect(loginError(page)).toHaveText(INVALID);
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.getByRole("form", { name: "เข้าสู่ระบบ" }).getByLabel("รหัสผ่าน")).toBeFocused();

  await fillLoginForm(page, user);
  await page.waitForURL((u) => u.pathname === "/admin");
  await expect(page.getByRole("heading", { level: 1, name: `สวัสดี ${user.name}` })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveText(`${user.name} (ผู้ดูแลระบบ)`);
  const nav = page.getByRole("navigation", { name: "เมนูระบบจัดการ" });
  for (const label of ["แดชบอร์ด", "ข่าวและประกาศ", "ปฏิทินกิจกรรม", ...ADMIN_ONLY])
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expect(nav.getByRole("link", { name: "แดชบอร์ด" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "ดูหน้าเว็บไซต์" })).toHaveAttribute("href", "/");
  await screenshot(page, "auth-02-dashboard");

  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  // Expires with the working day (8 hours), not with the browser's far future.
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000 + 60_000);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

  // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "ข้ามไปยังเนื้อหาหลัก" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#admin-main")).toBeFocused();

  await page.getByRole("button", { name: "ออกจากระบบ" }).click();
  await page.waitForURL((u) => u.pathname === "/admin/login");
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.getByRole("form", { name: "เข้าสู่ระบบ" })).toBeVisible();
});

test("wrong passwords from one address lock that address out of the account; its owner signs in from elsewhere at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const user = lockoutUser();
  await page.goto("/admin/login");
  for (let i = 1; i <= 6; i++) {
    await attempt(page, { email: user.email, password: `wrong-guess-${i}` });
    await expect(loginError(page)).toHaveText(i < 5 ? INVALID : LOCKED);
  }
  await attempt(page, user);
  await expect(loginError(page)).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/admin\/login/);
  await screenshot(page, "auth-03-locked");
  // Not a page trick: the server gives no session.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);

  // Staff e-mail addresses are public: the stranger's guesses must not keep the owner out.
  const owner = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.251.1.1" } });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, user);
  await expect(ownerPage.getByTestId("signed-in-user")).toContainText(user.name);
  await owner.close();
});

test("signing out ends the session on the server: a copy of the cookie taken before is refused", async ({
  page,
  browser,
}) => {
  await signIn(page, E2E_USERS.editor);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await page.getByRole("button", { name: "ออกจากระบบ" }).click();
  await page.waitForURL((u) => u.pathname === "/admin/login");

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const thief = await replay.newPage();
  await thief.goto("/admin/posts");
  await expect(thief).toHaveURL(/\/admin\/login/);
  await expect(thief.getByRole("form", { name: "เข้าสู่ระบบ" })).toBeVisible();
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await replay.close();
});

test("«ออกจากระบบทุกเครื่อง» on the account page signs out every browser of that person", async ({ page, browser }) => {
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.252.2.2" } });
  const phone = await other.newPage();
  await signIn(phone, E2E_USERS.author);
  await signIn(page, E2E_USERS.author);

  await page.goto("/admin/account");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "ออกจากระบบทุกเครื่อง" }).click();
  await page.waitForURL((u) => u.pathname === "/admin/login");
  await expect(
    page.getByRole("status").filter({ hasText: "ออกจากระบบทุกเครื่องแล้ว รวมถึงเครื่องนี้ โปรดเข้าสู่ระบบอีกครั้ง" }),
  ).toBeVisible();
  await screenshot(page, "auth-04-signed-out-everywhere");

  await phone.goto("/admin");
  await expect(phone).toHaveURL(/\/admin\/login/);
  await other.close();
});

test("an author opening another author's draft, its preview or its history gets the not-found page", async ({
  page,
  browser,
}) => {
  const editorContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.253.3.3" } });
  const editor = await editorContext.newPage();
  await signIn(editor, E2E_USERS.editor);
  const secret = `ผลการนับคะแนนที่ยังไม่ประกาศ ${Date.now().toString(36)}`;
  await editor.goto("/admin/posts/new");
  await editor.getByRole("textbox", { name: "หัวข้อ" }).fill(secret);
  await editor.getByLabel("หมวด").selectOption({ label: "ประกาศผลการเลือกตั้ง" });
  await editor.getByRole("button", { name: "บันทึก", exact: true }).click();
  await editor.waitForURL(/\/admin\/posts\/\d+/);
  const id = /\/admin\/posts\/(\d+)/.exec(editor.url())![1];
  await editorContext.close();

  await signIn(page, E2E_USERS.author);
  for (const path of [`/admin/posts/${id}`, `/admin/posts/${id}/preview`, `/admin/posts/${id}/history`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText(secret)).toHaveCount(0);
    expect(await page.title()).not.toContain(secret);
  }
  await page.goto(`/admin/posts?q=${id}`);
  await expect(page.getByText(secret)).toHaveCount(0);
});

test("a sign-in never sends anyone off the site", async ({ page }) => {
  await signIn(page, E2E_USERS.editor, "https://evil.example/admin");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
});

test("an author sees no admin-only sections and cannot open them", async ({ page }) => {
  await signIn(page, E2E_USERS.author);
  await expect(page.getByTestId("signed-in-user")).toHaveText(`${E2E_USERS.author.name} (ผู้เขียน)`);
  const nav = page.getByRole("navigation", { name: "เมนูระบบจัดการ" });
  await expect(nav.getByRole("link", { name: "ข่าวและประกาศ" })).toBeVisible();
  for (const label of ADMIN_ONLY) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);

  for (const path of ["/admin/users", "/admin/audit"]) {
    const res = await page.goto(path);
    const refused = res?.status() === 403 || !new URL(page.url()).pathname.startsWith(path);
    expect(refused, `${path} must be refused to an author`).toBe(true);
    await expect(page.getByText(E2E_USERS.admin.email)).toHaveCount(0);
  }
});

test("security headers on public and staff pages; public pages stay cacheable", async ({ request }) => {
  const home = await request.get("/");
  const staff = await request.get("/admin/login");
  for (const res of [home, staff]) {
    const h = res.headers();
    expect(h["content-security-policy"]).toContain("default-src 'self'");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("object-src 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["permissions-policy"]).toContain("camera=()");
  }
  expect(home.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(home.headers()["x-robots-tag"]).toBeUndefined();
  expect(staff.headers()["cache-control"]).toContain("no-store");
  expect(staff.headers()["x-robots-tag"]).toContain("noindex");

  const redirect = await request.get("/admin", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toBe("/admin/login?callbackUrl=%2Fadmin");
  expect(redirect.headers()["cache-control"]).toContain("no-store");
});

import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { expectAccessible } from "../helpers/axe-check";
import { signIn } from "../helpers/e2e-login";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// WCAG 2.1 AA as axe-core checks it: no serious or critical violation on any public page type or
// staff form. A failure lists each rule with the elements it found. The calendar in every month
// layout (not only this month's) is checked by calendar-layouts.e2e.spec.ts.

const PUBLIC = [
  "/",
  "/news/press-releases",
  "/news/press-releases/page/2",
  "/posts/7/mou-ministry-of-public-health",
  "/calendar/2565-06",
  "/accessibility",
  "/about",
  "/contact",
  "/privacy",
  "/sitemap",
  "/search",
  `/search?q=${encodeURIComponent("เลือกตั้ง")}`,
  `/search?q=${encodeURIComponent("เลือกตั้ง")}&from=31/02/2566`,
  "/no/such/page",
];

for (const path of PUBLIC) {
  test(`public ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page, path);
  });
}

test("public election results: index, an election, a contest", async ({ page }) => {
  // Each page is loaded in full (not reached by a client-side click) so that axe never runs
  // before Next has put the new page's <title> in place.
  await page.goto("/elections");
  await expectAccessible(page, "/elections");
  const election = await page.locator('main a[href^="/elections/"]').first().getAttribute("href");
  await page.goto(election!);
  await expectAccessible(page, election!);
  const contest = await page.locator('main a[href*="/contests/"]').first().getAttribute("href");
  await page.goto(contest!);
  await expectAccessible(page, contest!);
});

test("public pages in black-yellow contrast and large text", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("ect-display", JSON.stringify({ text: "xl", contrast: "by" })));
  for (const path of ["/", "/posts/7/mou-ministry-of-public-health", `/search?q=${encodeURIComponent("เลือกตั้ง")}`]) {
    await page.goto(path);
    await expectAccessible(page, `${path} (ดำ-เหลือง)`);
  }
});

test("the sign-in form", async ({ page }) => {
  await page.goto("/admin/login");
  await expectAccessible(page, "/admin/login");
});

test("staff pages and forms", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, E2E_USERS.admin);
  for (const path of [
    "/admin",
    "/admin/posts",
    "/admin/posts/new",
    "/admin/events",
    "/admin/events/new",
    "/admin/settings",
    "/admin/users",
    "/admin/users/new",
    "/admin/audit",
    "/admin/account",
    "/admin/pages",
    "/admin/pages/about",
    "/admin/pages/contact",
    "/admin/pages/privacy",
    "/admin/pages/executives",
    "/admin/pages/executives/new",
  ]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  // The election results staff pages: list, an election, its import page and a contest form.
  await page.goto("/admin/elections");
  await expectAccessible(page, "/admin/elections");
  const hrefs = await page
    .locator('main a[href^="/admin/elections/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const first = hrefs.find((h) => /^\/admin\/elections\/\d+$/.test(h));
  expect(first).toBeDefined();
  await page.goto(first!);
  const election = page.url();
  await expectAccessible(page, election);
  for (const pattern of ["import", "contests/"]) {
    await page.goto(election);
    const link = page.locator(`main a[href*="${pattern}"]`).first();
    await expect(link, pattern).toBeVisible();
    await link.click();
    // Next's router changes the address once the new page is on screen.
    await page.waitForURL((url) => url.pathname.includes(pattern));
    await expectAccessible(page, page.url());
  }
});

test("public procurement disclosures: a year with every kind, an empty year, the ข่าวประกวดราคา listing", async ({
  page,
}) => {
  for (const path of ["/procurement", "/procurement/2568", "/procurement/2560", "/news/procurement"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("staff procurement pages: list, new form, edit form with a refused save", async ({ page }) => {
  await signIn(page, E2E_USERS.editor);
  for (const path of ["/admin/procurement?year=2569", "/admin/procurement/new"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.goto("/admin/procurement?year=2569");
  await page.locator('main a[href^="/admin/procurement/"]').filter({ hasText: "แผนการจัดซื้อจัดจ้าง" }).first().click();
  await page.waitForURL(/\/admin\/procurement\/\d+$/);
  await expectAccessible(page, page.url());
  // With its errors shown: an empty title and a bad amount.
  await page.getByLabel("ชื่อเอกสาร").fill("");
  await page.getByLabel("วงเงิน (บาท)").fill("สามแสน");
  await page.getByRole("button", { name: "บันทึกการแก้ไข" }).click();
  await expect(page.getByText("จำนวนเงินไม่ถูกต้อง").first()).toBeVisible();
  await expectAccessible(page, `${page.url()} (errors)`);
});

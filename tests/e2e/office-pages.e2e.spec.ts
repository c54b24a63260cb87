import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { signIn } from "../helpers/e2e-login";

// The office's own pages: an editor changes the About page and its executives and the public
// pages show it; the contact page's links work without anything from other sites; the privacy
// and site map pages are one click from every footer, and every link on the site map answers.
// The e2e database is shared by the runs under each server time zone: texts carry a stamp.

const stamp = Date.now().toString(36);

async function editorPage(page: Page) {
  await signIn(page, E2E_USERS.editor);
}

test("an editor edits the About page and readers see it at once", async ({ page }) => {
  await editorPage(page);
  await page.getByRole("navigation", { name: "เมนูระบบจัดการ" }).getByRole("link", { name: "หน้าข้อมูลสำนักงาน" }).click();
  await expect(page.getByRole("heading", { name: "หน้าข้อมูลสำนักงาน" })).toBeVisible();
  await expect(page.getByText("บรรณาธิการและผู้ดูแลระบบแก้ไขหน้าเหล่านี้ได้ ผู้เขียนแก้ไขไม่ได้")).toBeVisible();
  await page.getByRole("link", { name: "เกี่ยวกับสำนักงาน" }).first().click();
  await expect(page.getByRole("heading", { name: "แก้ไขเกี่ยวกับสำนักงาน" })).toBeVisible();

  const editor = page.getByRole("textbox", { name: "เนื้อหา" });
  await expect(editor).toContainText("ประวัติความเป็นมา");
  // A new paragraph after the last one. ProseMirror settles the selection on timers of its own
  // (it puts its selection back 20 ms after focus, and reads a moved caret up to 20 ms later); a
  // page timer set after theirs fires after them, so each step starts once the editor has settled.
  const settled = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await editor.focus();
  await settled();
  await page.keyboard.press("Control+End");
  await settled();
  await page.keyboard.press("Enter");
  const added = `สำนักงานย้ายมาอาคารใหม่ ${stamp}`;
  await page.keyboard.type(added);

  // An empty title is refused with a Thai message; the typed body stays.
  const title = page.getByLabel("ชื่อหน้า");
  await title.fill("");
  await page.getByRole("button", { name: "บันทึกและเผยแพร่" }).click();
  await expect(page.locator("#title-error")).toContainText("กรุณากรอกชื่อหน้า");
  await expect(editor).toContainText(added);

  await title.fill("เกี่ยวกับสำนักงาน");
  await page.getByRole("button", { name: "บันทึกและเผยแพร่" }).click();
  await expect(page.getByText("บันทึกแล้ว หน้าเว็บสาธารณะแสดงเนื้อหาใหม่แล้ว")).toBeVisible();

  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1, name: "เกี่ยวกับสำนักงาน" })).toBeVisible();
  await expect(page.locator("main p", { hasText: added })).toHaveText(added);
  await expect(page.getByTestId("updated-at")).toContainText(/ปรับปรุงล่าสุด \d{1,2} \S+ 25\d\d/);
  await expect(page.getByRole("heading", { name: "ผู้บริหาร" })).toBeVisible();
  await expect(page.getByTestId("executive").first()).toContainText("ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/about$/);
});

test("an editor adds an executive: a bad e-mail is refused in Thai, then the About page lists them", async ({
  page,
}) => {
  await editorPage(page);
  await page.goto("/admin/pages/executives");
  await page.getByRole("link", { name: "+ เพิ่มผู้บริหาร" }).click();
  const name = `นางสาวทดสอบ ระบบ ${stamp}`;
  await page.getByLabel("ชื่อ-นามสกุล").fill(name);
  await page.getByLabel("ตำแหน่ง").fill("หัวหน้ากลุ่มงานบริหารทั่วไป");
  await page.getByLabel("โทรศัพท์").fill("053 150 100 ต่อ 401");
  await page.getByLabel("อีเมล").fill("ไม่ใช่อีเมล");
  await page.getByRole("button", { name: "เพิ่มผู้บริหาร" }).click();
  await expect(page.locator("#email-error")).toContainText("รูปแบบอีเมลไม่ถูกต้อง");
  await expect(page.getByLabel("ชื่อ-นามสกุล")).toHaveValue(name);
  await page.getByLabel("อีเมล").fill("admin.chiangrai@example.go.th");
  await page.getByRole("button", { name: "เพิ่มผู้บริหาร" }).click();
  await page.waitForURL(/\/admin\/pages\/executives\?saved=created/);
  await expect(page.getByRole("status").filter({ hasText: "เพิ่มผู้บริหารแล้ว" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();

  // New executives go last; one click moves them up a place, on the list and on the About page.
  const names = () => page.locator("main tbody tr td:nth-child(2)").allTextContents();
  const before = await names();
  expect(before.at(-1)).toBe(name);
  await page.getByRole("button", { name: `เลื่อน ${name} ขึ้น` }).click();
  await expect.poll(names).toEqual([...before.slice(0, -2), name, before.at(-2)]);
  // Next may answer the first request after a change with its stale copy while it re-renders;
  // a new query string each time keeps Chromium's own cache (stale-while-revalidate) out of it
  // (the page cache ignores the parameter: one entry).
  await expect(async () => {
    await page.goto(`/about?fresh=${Date.now()}`);
    await expect(page.getByTestId("executive").last()).toContainText(before.at(-2)!, { timeout: 500 });
  }).toPass({ timeout: 20_000, intervals: [250] });

  await page.goto("/about");
  const card = page.getByTestId("executive").filter({ hasText: name });
  await expect(card.getByRole("link", { name: "053 150 100 ต่อ 401" })).toHaveAttribute("href", "tel:053150100");
  await expect(card.getByRole("link", { name: "admin.chiangrai@example.go.th" })).toHaveAttribute(
    "href",
    "mailto:admin.chiangrai@example.go.th",
  );

  // Deleting asks once; dismissing keeps them, accepting removes them from the list and the About page.
  await page.goto("/admin/pages/executives");
  await page.getByRole("link", { name }).click();
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "ลบผู้บริหารรายนี้" }).click();
  await expect(page.getByLabel("ชื่อ-นามสกุล")).toHaveValue(name);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "ลบผู้บริหารรายนี้" }).click();
  await page.waitForURL(/\/admin\/pages\/executives\?saved=deleted/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expect(async () => {
    await page.goto(`/about?fresh=${Date.now()}`);
    await expect(page.getByTestId("executive").filter({ hasText: name })).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 20_000, intervals: [250] });
});

test("an author has no office pages menu and is refused the staff page", async ({ page }) => {
  await signIn(page, E2E_USERS.author);
  await expect(
    page.getByRole("navigation", { name: "เมนูระบบจัดการ" }).getByRole("link", { name: "หน้าข้อมูลสำนักงาน" }),
  ).toHaveCount(0);
  const res = await page.goto("/admin/pages/about");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("textbox", { name: "เนื้อหา" })).toHaveCount(0);
});

test("the contact page: tel, mailto and a plain map link, and nothing loaded from other sites", async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  await page.goto("/contact");
  // Loaded (goto waits for the load event: images, frames, scripts) and hydrated (the counter's
  // own request has answered), so whatever the page would fetch has been asked for. Not
  // "networkidle": Next's prefetches of the menu's pages keep the network busy for as long as the
  // server takes to render them, which on a loaded machine outlasted the test's timeout.
  await expect(page.getByTestId("online-counter")).toContainText("ผู้เข้าชมขณะนี้");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1, name: "ติดต่อสำนักงาน" })).toBeVisible();
  await expect(main.locator('a[href^="tel:"]').first()).toHaveAttribute("href", "tel:053150100");
  await expect(main.locator('a[href="tel:1444"]')).toBeVisible();
  await expect(main.locator('a[href^="mailto:"]').first()).toHaveAttribute("href", /^mailto:\S+@\S+$/);
  await expect(page.getByTestId("map-link")).toHaveAttribute("href", /^https:\/\/maps\.google\.com\//);
  await expect(main).toContainText("เวลาทำการ");
  expect(await page.locator("iframe").count()).toBe(0);
  const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).origin).toBe(new URL(baseURL!).origin);
  expect(foreign).toEqual([]);
});

test("privacy and site map pages are reachable from the footer; they print without the site's menus", async ({
  page,
}) => {
  await page.goto("/");
  const footer = page.locator("footer[data-site-footer]");
  await footer.getByRole("link", { name: "นโยบายคุ้มครองข้อมูลส่วนบุคคล" }).click();
  await page.waitForURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "นโยบายคุ้มครองข้อมูลส่วนบุคคล" })).toBeVisible();
  await expect(page.locator("main")).toContainText("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562");
  await page.emulateMedia({ media: "print" });
  await expect(footer).toBeHidden();
  await expect(page.locator("main")).toContainText("สิทธิของเจ้าของข้อมูล");
  await page.emulateMedia({ media: "screen" });

  await footer.getByRole("link", { name: "แผนผังเว็บไซต์" }).click();
  await page.waitForURL(/\/sitemap$/);
  await expect(page.getByRole("heading", { level: 1, name: "แผนผังเว็บไซต์" })).toBeVisible();
  for (const name of ["เกี่ยวกับสำนักงาน", "ติดต่อสำนักงาน", "การเข้าถึงเว็บไซต์"]) {
    await expect(footer.getByRole("link", { name })).toBeVisible();
  }
});

test("every link on the site map answers 200; /sitemap.xml is still XML", async ({ page, request }) => {
  await page.goto("/sitemap");
  const hrefs = await page
    .getByTestId("sitemap-links")
    .locator("a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toEqual(
    expect.arrayContaining([
      "/",
      "/calendar",
      "/elections",
      "/search",
      "/procurement",
      "/about",
      "/contact",
      "/privacy",
      "/accessibility",
      "/feed.xml",
      "/calendar.ics",
    ]),
  );
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
  }
  const xml = await request.get("/sitemap.xml");
  expect(xml.headers()["content-type"]).toMatch(/^application\/xml/);
  expect(await xml.text()).toContain("/privacy</loc>");
  expect((await request.get("/about/anything")).status()).toBe(404);
  expect((await request.get("/sitemap/x")).status()).toBe(404);
});

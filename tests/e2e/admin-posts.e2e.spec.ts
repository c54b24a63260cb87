import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { bangkokToday, screenshot } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";

// The publishing journey through the staff pages: an author writes and submits, an editor
// previews and publishes, edits the live post, two people save the same post, and the history
// shows and restores revisions. Each step builds on the one before.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const title = `ประกาศรับสมัครอาสาสมัคร ทดสอบ ${stamp}`;
const pdfName = `คำสั่งแต่งตั้ง-${stamp}.pdf`;
let postId = 0;

// A small but well-formed PDF, made here so the test needs no fixture file.
function pdfBytes(): Buffer {
  const body = "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n";
  const xref = `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000053 00000 n \n`;
  return Buffer.from(`%PDF-1.4\n${body}${xref}trailer<</Size 3/Root 1 0 R>>\nstartxref\n${9 + body.length}\n%%EOF\n`);
}

async function staffPage(browser: Browser, who: keyof typeof E2E_USERS): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, E2E_USERS[who]);
  return page;
}

/**
 * Public pages are cached: reload `url` until `check` passes, starting reloads for about 3 s.
 * toPass's timeout also counts the reloads themselves, which on a loaded machine take seconds
 * each (the loop this replaces only had to start its last reload within 3 s): hence 10 s.
 */
async function afterReload(page: Page, url: string, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 10_000, intervals: [250] });
}

const editorBox = (page: Page) => page.getByRole("textbox", { name: "เนื้อหา" });
const saveStatus = (page: Page) => page.getByRole("form", { name: "แก้ไขเนื้อหา" }).locator("[aria-live]").first();

test("an author writes a post with a PDF, saves it as a draft and submits it for review", async ({ browser }) => {
  const page = await staffPage(browser, "author");
  await page.goto("/admin/posts/new");
  // A refused save: the summary is announced and focused, links to the field, and the field
  // points at its own message.
  await page.getByLabel("สรุปย่อ").fill("เปิดรับสมัครอาสาสมัครประจำหน่วยเลือกตั้ง");
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  const summary = saveStatus(page);
  await expect(summary).toContainText("หัวข้อ: กรุณากรอกหัวข้อ");
  await expect(summary).toBeFocused();
  const titleBox = page.getByRole("textbox", { name: "หัวข้อ" });
  await expect(titleBox).toHaveAttribute("aria-invalid", "true");
  await expect(titleBox).toHaveAccessibleDescription(/กรุณากรอกหัวข้อ/);
  await expect(page.getByLabel("สรุปย่อ")).toHaveValue("เปิดรับสมัครอาสาสมัครประจำหน่วยเลือกตั้ง");
  await summary.getByRole("link", { name: /หัวข้อ/ }).click();
  await expect(titleBox).toBeFocused();

  await titleBox.fill(title);
  await page.getByLabel("หมวด").selectOption({ label: "ข่าวประชาสัมพันธ์" });

  const editor = editorBox(page);
  await editor.click();
  await page.keyboard.type("เปิดรับสมัครตั้งแต่วันนี้ ");
  const bold = page.getByRole("toolbar", { name: "จัดรูปแบบข้อความ" }).getByRole("button", { name: "ตัวหนา" });
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await expect(editor).toBeFocused();
  await page.keyboard.type("ถึงวันที่ 30 มิถุนายน");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await expect(editor.locator("strong")).toHaveText("ถึงวันที่ 30 มิถุนายน");

  await page.getByRole("textbox", { name: "แท็ก" }).fill("อาสาสมัคร");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "แท็กที่เลือก" })).toContainText("อาสาสมัคร");

  const files = page.getByRole("group", { name: "เอกสารแนบ" });
  await files
    .locator('input[type="file"]')
    .setInputFiles({ name: pdfName, mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(files.getByRole("link", { name: pdfName })).toBeVisible({ timeout: 10_000 });

  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);
  postId = Number(/\/admin\/posts\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole("textbox", { name: "หัวข้อ" })).toHaveValue(title);
  await expect(editorBox(page).locator("strong")).toHaveText("ถึงวันที่ 30 มิถุนายน");
  await screenshot(page, "admin-posts-01-author-editor");

  await page.goto("/admin/posts");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("ฉบับร่าง");
  await row.getByRole("link", { name: title }).click();

  await page.getByRole("button", { name: "ส่งให้บรรณาธิการตรวจ" }).click();
  await expect(page.getByText("ส่งตรวจแล้ว รอบรรณาธิการตรวจและเผยแพร่")).toBeVisible();
  await expect(page.getByRole("button", { name: /เผยแพร่/ })).toHaveCount(0);
  await expect(page.getByText("ตั้งเวลาเผยแพร่")).toHaveCount(0);
  await screenshot(page, "admin-posts-02-author-submitted");
  await page.context().close();
});

test("an editor finds it under «รอตรวจ», previews it and publishes it; the public site shows it at once", async ({
  browser,
}) => {
  const page = await staffPage(browser, "editor");
  await page.goto("/admin/posts");
  await page.getByRole("navigation", { name: "มุมมองด่วน" }).getByRole("link", { name: "รอตรวจ" }).click();
  await expect(
    page.getByRole("navigation", { name: "มุมมองด่วน" }).getByRole("link", { name: "รอตรวจ" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("สถานะ")).toHaveValue("IN_REVIEW");
  await screenshot(page, "admin-posts-03-list-in-review");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/posts/${postId}$`));

  await page.goto(`/admin/posts/${postId}/preview`);
  await expect(page.getByText("ตัวอย่าง — ยังไม่เผยแพร่")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("article strong")).toHaveText("ถึงวันที่ 30 มิถุนายน");
  await expect(page.getByRole("region", { name: "เอกสารแนบ" }).getByRole("link", { name: pdfName })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "เมนูหลัก" })).toBeVisible();
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
  await screenshot(page, "admin-posts-04-preview");

  // Not yet found by search, twice: the second answer comes from the page cache.
  const reader = await (await browser.newContext()).newPage();
  const search = `/search?q=${encodeURIComponent(`อาสาสมัคร ${stamp}`)}`;
  for (let i = 0; i < 2; i++) {
    await reader.goto(search);
    await expect(reader.getByRole("heading", { level: 2, name: "พบ 0 รายการ" })).toBeVisible();
  }

  await page.goto(`/admin/posts/${postId}`);
  await page.getByRole("button", { name: "เผยแพร่ทันที" }).click();
  await expect(page.getByText("เผยแพร่แล้ว").first()).toBeVisible();

  // Publishing refreshes the cached search answer.
  await afterReload(reader, search, async () => {
    await expect(reader.locator("main ol > li").getByRole("link", { name: title })).toBeVisible({ timeout: 200 });
  });
  await afterReload(reader, "/news/press-releases", async () => {
    await expect(reader.getByRole("link", { name: title })).toBeVisible({ timeout: 200 });
  });
  await reader.getByRole("link", { name: title }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator("article strong")).toHaveText("ถึงวันที่ 30 มิถุนายน");
  await expect(reader.getByRole("region", { name: "เอกสารแนบ" }).getByRole("link", { name: pdfName })).toBeVisible();
  await screenshot(reader, "admin-posts-05-public-post");
  await reader.context().close();
  await page.context().close();
});

test("an editor's major change to the live post shows «ปรับปรุงล่าสุด» and its note", async ({ browser }) => {
  const page = await staffPage(browser, "editor");
  await page.goto(`/admin/posts/${postId}`);
  await editorBox(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" ขยายเวลารับสมัครถึงสิ้นเดือนกรกฎาคม");
  await page.getByRole("radio", { name: /แก้ไขสำคัญ/ }).check();
  await page.getByRole("textbox", { name: /^บันทึกการแก้ไข/ }).fill("ขยายเวลารับสมัคร");
  await page.getByRole("button", { name: "บันทึกและเผยแพร่การแก้ไข" }).click();
  await expect(saveStatus(page)).toContainText("บันทึก");

  const reader = await (await browser.newContext()).newPage();
  await afterReload(reader, `/posts/${postId}`, async () => {
    await expect(reader.getByText("ขยายเวลารับสมัครถึงสิ้นเดือนกรกฎาคม")).toBeVisible({ timeout: 200 });
  });
  // The note is on the page under «ปรับปรุงล่าสุด», with its date and time, nothing to open.
  const updates = reader.getByRole("region", { name: /^ปรับปรุงล่าสุด / });
  await expect(updates).toBeVisible();
  await expect(updates.getByRole("listitem").first()).toHaveText(/ เวลา \d{2}\.\d{2} น\. — ขยายเวลารับสมัคร$/);
  await screenshot(reader, "admin-posts-06-public-updated");
  await reader.context().close();
  await page.context().close();
});

test("when two people save the same post, the later save is refused and keeps its text", async ({ browser }) => {
  const first = await staffPage(browser, "editor");
  const second = await staffPage(browser, "admin");
  const firstSummary = `สรุปจากผู้บันทึกคนแรก ${stamp}`;
  await first.goto(`/admin/posts/${postId}`);
  await second.goto(`/admin/posts/${postId}`);

  await first.getByLabel("สรุปย่อ").fill(firstSummary);
  await first.getByRole("button", { name: "บันทึกและเผยแพร่การแก้ไข" }).click();
  await expect(saveStatus(first)).toContainText("บันทึก");
  await expect(saveStatus(first)).not.toContainText("ไม่ได้");

  const typed = `สรุปที่ผู้บันทึกคนที่สองพิมพ์ไว้ ${stamp}`;
  await second.getByLabel("สรุปย่อ").fill(typed);
  await second.getByRole("button", { name: "บันทึกและเผยแพร่การแก้ไข" }).click();
  await expect(saveStatus(second)).toContainText("มีผู้อื่น");
  await expect(second.getByLabel("สรุปย่อ")).toHaveValue(typed);
  const latest = second.getByRole("link", { name: "เปิดฉบับล่าสุดในแท็บใหม่" });
  await expect(latest).toHaveAttribute("target", "_blank");
  await screenshot(second, "admin-posts-07-conflict");

  // The stored post is the first save's: a fresh editor page and the public listing agree.
  const check = await staffPage(browser, "editor");
  await check.goto(`/admin/posts/${postId}`);
  await expect(check.getByLabel("สรุปย่อ")).toHaveValue(firstSummary);
  await afterReload(check, "/news/press-releases", async () => {
    await expect(check.getByText(firstSummary)).toBeVisible({ timeout: 200 });
  });
  await expect(check.getByText(typed)).toHaveCount(0);
  for (const p of [first, second, check]) await p.context().close();
});

test("history: a diff shows the changed words; restoring as a draft leaves the public page alone", async ({
  browser,
}) => {
  const page = await staffPage(browser, "editor");
  await page.goto(`/admin/posts/${postId}/history`);
  const rows = page.getByRole("table", { name: /ประวัติการแก้ไข/ }).getByRole("row");
  // Oldest first saved version against the newest.
  await rows
    .nth(-1)
    .getByRole("radio", { name: /ฉบับเก่า/ })
    .check();
  await rows
    .nth(1)
    .getByRole("radio", { name: /ฉบับใหม่/ })
    .check();
  await page.getByRole("button", { name: "เปรียบเทียบ" }).click();
  const diff = page.getByRole("region", { name: /เปรียบเทียบ/ });
  await expect(diff.locator("ins").filter({ hasText: "ขยายเวลารับสมัคร" }).first()).toBeVisible();
  await expect(diff.locator("ins").first()).toContainText("เพิ่ม");
  await screenshot(page, "admin-posts-08-history-diff");

  const oldest = page
    .getByRole("table", { name: /ประวัติการแก้ไข/ })
    .getByRole("row")
    .nth(-1);
  await oldest.getByRole("button", { name: "กู้คืนเป็นฉบับร่าง" }).click();
  await expect(oldest).toContainText("กู้คืนเป็นฉบับร่างที่รอเผยแพร่แล้ว");

  await page.goto("/admin/posts");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("มีฉบับร่างรอเผยแพร่");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/posts/${postId}`);
  await expect(reader.getByText("ขยายเวลารับสมัครถึงสิ้นเดือนกรกฎาคม")).toBeVisible();
  await reader.context().close();
  await page.context().close();
});

test("on a tablet held upright (768 px) the post pages fit, and the toolbar works from the keyboard", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  for (const url of [
    "/admin/posts",
    `/admin/posts/${postId}`,
    `/admin/posts/${postId}/history`,
    "/admin/posts/new",
    `/admin/posts/${postId}/preview`,
  ]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await page.goto("/admin/posts/new");
  await screenshot(page, "admin-posts-09-tablet-new");

  // One tab stop for the toolbar; arrow keys move along it; Enter presses the focused button.
  const toolbar = page.getByRole("toolbar", { name: "จัดรูปแบบข้อความ" });
  await toolbar.getByRole("button", { name: "ตัวหนา" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "ตัวเอียง" })).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(toolbar.getByRole("button", { name: "ตัวเอียง" })).toHaveAttribute("aria-pressed", "true");
  // The button hands focus back to the text; typing starts once it is there.
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.type("ตัวเอียงจากแป้นพิมพ์");
  await expect(editorBox(page).locator("em")).toHaveText("ตัวเอียงจากแป้นพิมพ์");
  await context.close();
});

test("an editor schedules a draft for a Bangkok date and time, sees it in Thai, and cancels it", async ({
  browser,
}) => {
  const page = await staffPage(browser, "editor");
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "หัวข้อ" }).fill(`ประกาศตั้งเวลา ${stamp}`);
  await editorBox(page).click();
  await page.keyboard.type("เนื้อหาที่จะเผยแพร่พรุ่งนี้");
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);

  // Tomorrow 09:30 in Bangkok, whatever zone the server and the browser are in.
  const t = bangkokToday();
  const day = new Date(Date.UTC(t.y, t.m - 1, t.d + 1));
  const value = `${day.toISOString().slice(0, 10)}T09:30`;
  const thaiDay = new Intl.DateTimeFormat("th-TH", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(day);

  await page.getByText("ตั้งเวลาเผยแพร่", { exact: true }).click();
  await page.getByLabel("วันและเวลาเผยแพร่ (เวลาประเทศไทย)").fill(value);
  await expect(page.getByText(/^จะเผยแพร่ .* เวลา 09\.30 น\.$/)).toBeVisible();
  await page.getByRole("button", { name: "บันทึกเวลาเผยแพร่" }).click();
  await expect(page.getByText(`จะเผยแพร่อัตโนมัติ ${thaiDay} เวลา 09.30 น.`)).toBeVisible();
  await expect(page.locator("main").getByText("ตั้งเวลาเผยแพร่", { exact: true }).first()).toBeVisible();
  await screenshot(page, "admin-posts-10-scheduled");

  await page.getByRole("button", { name: "ยกเลิกการตั้งเวลา" }).click();
  await expect(page.getByText("ยกเลิกการตั้งเวลาแล้ว เรื่องนี้กลับเป็นฉบับร่าง")).toBeVisible();
  await expect(page.getByText(/จะเผยแพร่อัตโนมัติ/)).toHaveCount(0);

  // The steps moved the version on; the form follows, so the next save is not a false conflict.
  await editorBox(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" แก้ไขหลังยกเลิกเวลา");
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(saveStatus(page)).toHaveText("บันทึกแล้ว");
  await page.context().close();
});

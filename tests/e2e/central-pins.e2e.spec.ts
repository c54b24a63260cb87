import { expect, test } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";
import { fillLoginForm } from "../helpers/e2e-login";
import { E2E_PHAYAO_EDITOR } from "../helpers/e2e-users";

// Phayao's editor pins a central office press release to the top of Phayao's own listing of
// press releases; readers follow it to the central site. Taking the pin away takes it off.

test.skip(laterZoneRun, ONCE);

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
const at = (host: string, path = "/") => `http://${host}.localhost:${base.port}${path}`;
const TITLE = "กกต. แจ้งช่องทางแจ้งเบาะแสการทุจริตการเลือกตั้ง สายด่วน 1444";

test("a provincial editor pins a central post to the office's listing, and takes it away", async ({
  page,
  browser,
}) => {
  await page.goto(at("phayao", "/admin/login"));
  await fillLoginForm(page, E2E_PHAYAO_EDITOR);
  await expect(page.getByRole("button", { name: "ออกจากระบบ" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("navigation", { name: "เมนูระบบจัดการ" }).getByRole("link", { name: "ข่าวจากส่วนกลาง" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ข่าวจากส่วนกลาง");
  await expectAccessible(page, "central news (staff)");
  const row = page.getByRole("row", { name: new RegExp(TITLE) });
  // An earlier run may have left it pinned: start from unpinned.
  if (await row.getByRole("button", { name: `เลิกปักหมุด: ${TITLE}` }).isVisible()) {
    await row.getByRole("button", { name: `เลิกปักหมุด: ${TITLE}` }).click();
    await expect(row.getByRole("button", { name: `ปักหมุด: ${TITLE}` })).toBeVisible();
  }
  await row.getByRole("button", { name: `ปักหมุด: ${TITLE}` }).click();
  await expect(row).toContainText("ปักหมุดแล้ว: แสดงที่ด้านบนของหมวดข่าวประชาสัมพันธ์บนเว็บไซต์ของสำนักงาน");
  await expect(row.getByRole("button", { name: `เลิกปักหมุด: ${TITLE}` })).toBeVisible();

  // A reader of Phayao's press releases sees it first, and it leads to the central site.
  const reader = await (await browser.newContext()).newPage();
  const pinned = reader.getByRole("region", { name: "ปักหมุดจากสำนักงาน กกต. ส่วนกลาง" });
  await expect(async () => {
    await reader.goto(at("phayao", "/news/press-releases"));
    await expect(pinned.getByRole("link", { name: TITLE })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expectAccessible(reader, "listing with a pinned central post");
  // Not on another province's listing.
  await reader.goto(at("nan", "/news/press-releases"));
  await expect(reader.getByRole("region", { name: "ปักหมุดจากสำนักงาน กกต. ส่วนกลาง" })).toHaveCount(0);
  await reader.goto(at("phayao", "/news/press-releases"));
  await pinned.getByRole("link", { name: TITLE }).click();
  await expect(reader).toHaveURL(new RegExp(`^${at("ect", "/posts/")}\\d+$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  // Taken away: off the listing.
  await row.getByRole("button", { name: `เลิกปักหมุด: ${TITLE}` }).click();
  await expect(row).toContainText("เลิกปักหมุดแล้ว");
  await expect(async () => {
    await reader.goto(at("phayao", "/news/press-releases"));
    await expect(pinned).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

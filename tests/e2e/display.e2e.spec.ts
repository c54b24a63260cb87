import { expect, test } from "@playwright/test";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// The reader's display settings: larger text and two high-contrast schemes, kept across pages;
// and the print version of a post and of the calendar.

const fontSize = (page: import("@playwright/test").Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const colours = (page: import("@playwright/test").Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));

test("text size and black-yellow contrast are chosen with the keyboard and kept on the next page", async ({ page }) => {
  await page.goto("/");
  const base = await fontSize(page);
  const panel = page.locator("details.display-settings");
  await panel.locator("summary").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("radio", { name: "ใหญ่มาก" }).check();
  expect(await fontSize(page)).toBeGreaterThan(base * 1.3);
  await page.getByRole("radio", { name: "ดำ-เหลือง" }).check();
  expect(await colours(page, "main")).toEqual({ bg: "rgb(0, 0, 0)", fg: "rgb(255, 255, 0)" });

  await page.goto("/news/press-releases");
  expect(await fontSize(page)).toBeGreaterThan(base * 1.3);
  expect(await colours(page, "main h1")).toEqual({ bg: "rgb(0, 0, 0)", fg: "rgb(255, 255, 0)" });
  await page.locator("details.display-settings summary").click();
  await expect(page.getByRole("radio", { name: "ดำ-เหลือง" })).toBeChecked();

  await page.getByRole("radio", { name: "ขาว-ดำ" }).check();
  expect(await colours(page, "main h1")).toEqual({ bg: "rgb(255, 255, 255)", fg: "rgb(0, 0, 0)" });
  await page.getByRole("radio", { name: "สีปกติ" }).check();
  await page.getByRole("radio", { name: "ปกติ", exact: true }).check();
  await page.reload();
  expect(await fontSize(page)).toBe(base);
});

test("printing a post or the calendar leaves out menus, share buttons and the site footer", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/posts/7/mou-ministry-of-public-health");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "เมนูหลัก" })).toBeHidden();
  await expect(page.getByRole("region", { name: "แชร์ข่าวนี้" })).toBeHidden();
  await expect(page.locator("footer[data-site-footer]")).toBeHidden();
  await expect(page.getByText("เผยแพร่ครั้งแรก")).toBeVisible();

  await page.goto("/calendar/2565-06");
  await expect(page.getByRole("navigation", { name: "เลือกเดือน" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /กิจกรรมเดือน/ })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { screenshot, laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const [name, url] of [
  ["09-phone-home", "/"],
  ["10-phone-listing", "/news/press-releases"],
  ["11-phone-calendar", "/calendar/2565-06"],
] as const) {
  test(`${url} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, name);
  });
}

test("the menu scrolls sideways on a phone and leads to a section", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "เมนูหลัก" });
  const link = nav.getByRole("link", { name: "ข่าวประกวดราคา" });
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(/\/news\/procurement$/);
  await expect(page.getByRole("heading", { level: 1, name: "ข่าวประกวดราคา" })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { bangkokToday, screenshot } from "../helpers/e2e-page";

const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

test("calendar navigates back and forth across a year boundary", async ({ page }) => {
  await page.goto("/calendar/2565-12");
  const title = page.getByRole("navigation", { name: "เลือกเดือน" }).getByRole("heading");
  await expect(title).toHaveText("ธันวาคม 2565");
  await page.getByRole("link", { name: /เดือนถัดไป/ }).click();
  await expect(page).toHaveURL(/\/calendar\/2566-01$/);
  await expect(title).toHaveText("มกราคม 2566");
  await page.getByRole("link", { name: /เดือนก่อนหน้า/ }).click();
  await expect(page).toHaveURL(/\/calendar\/2565-12$/);
  await page.getByRole("link", { name: /เดือนก่อนหน้า/ }).click();
  await expect(title).toHaveText("พฤศจิกายน 2565");
  await screenshot(page, "05-calendar-nov-2565");
});

test("June 2565: Sunday-first grid, and the 00.30 น. Bangkok event is on 1 June", async ({ page }) => {
  await page.goto("/calendar/2565-06");
  await expect(page.locator("table thead th")).toHaveText(["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."]);
  // 1 June 2022 was a Wednesday: the first row starts with 29, 30, 31 May.
  const firstRow = page.locator("table tbody tr").first().locator("td");
  await expect(firstRow.nth(3)).toHaveAttribute("data-day", "2022-06-01");
  await expect(firstRow.nth(0)).toHaveAttribute("data-day", "2022-05-29");
  const list = page.getByRole("region", { name: "กิจกรรมเดือนมิถุนายน 2565" });
  // Thai time style: «00.30 น.», never «00:30».
  await expect(list.getByText("วันพุธที่ 1 มิถุนายน พ.ศ. 2565 เวลา 00.30–04.30 น.").first()).toBeVisible();
  await expect(page.locator('td[data-day="2022-06-01"] li').first()).toHaveText(/^00\.30 น\. /);
  await expect(page.locator("main")).not.toContainText(/\d:\d\d/);
  await screenshot(page, "06-calendar-jun-2565");
});

test("the current month is the default, with today marked", async ({ page }) => {
  const t = bangkokToday();
  await page.goto("/calendar");
  await expect(page.getByRole("navigation", { name: "เลือกเดือน" }).getByRole("heading")).toHaveText(
    `${THAI_MONTHS[t.m - 1]} ${t.y + 543}`,
  );
  const today = page.locator('td[aria-current="date"]');
  await expect(today).toHaveCount(1);
  const key = `${t.y}-${String(t.m).padStart(2, "0")}-${String(t.d).padStart(2, "0")}`;
  await expect(today).toHaveAttribute("data-day", key);
  await expect(
    page
      .getByRole("region", { name: /^กิจกรรมเดือน/ })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  await screenshot(page, "07-calendar-current");
});

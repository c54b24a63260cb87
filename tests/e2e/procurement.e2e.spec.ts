import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { pdfBytes } from "../helpers/media-samples";
import { screenshot } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";

// Procurement disclosures as the public reads them (by fiscal year, without JavaScript, on a
// phone) and as an editor publishes a monthly summary (แบบ สขร.1) with its file.

const grid = (page: Page) => page.getByTestId("skr1-grid");
const monthCell = (page: Page, month: number) => grid(page).locator(`li[data-month="${month}"]`);

test.describe("public, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/procurement, a click from every footer, opens the newest year; years switch by link; the สขร.1 grid runs ต.ค.–ก.ย.", async ({
    page,
  }) => {
    await page.goto("/");
    await page.locator("footer[data-site-footer]").getByRole("link", { name: "การจัดซื้อจัดจ้าง" }).click();
    await expect(page).toHaveURL(/\/procurement$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ 2569");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/procurement\/2569$/);
    const years = page.getByRole("navigation", { name: "เลือกปีงบประมาณ" });
    await expect(years.getByRole("link", { name: "ปีงบประมาณ 2569" })).toHaveAttribute("aria-current", "page");

    // Sections in the order of the procurement cycle.
    const headings = await page.locator("main h2").allTextContents();
    expect(headings).toEqual([
      "แผนการจัดซื้อจัดจ้างประจำปี",
      "ประกาศจัดซื้อจัดจ้าง",
      "ประกาศราคากลาง",
      "ประกาศผู้ชนะและผลการจัดซื้อจัดจ้าง",
      "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
    ]);
    await expect(page.locator("main")).not.toContainText("ร่าง: ประกาศเชิญชวน"); // unpublished
    const refPrice = page.locator("article", { hasText: "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้" });
    await expect(refPrice).toContainText("วงเงิน 420,000.00 บาท");
    await expect(refPrice).toContainText("ลงวันที่ 3 ก.พ. 2569");
    await expect(refPrice).toContainText(/\(ไฟล์ PDF ขนาด [\d.]+ (KB|ไบต์)\)/);

    const cells = await grid(page).locator("li h3").allTextContents();
    expect(cells[0]).toBe("ตุลาคม 2568");
    expect(cells[11]).toBe("กันยายน 2569");
    await expect(monthCell(page, 9)).toContainText("ยังไม่เผยแพร่");
    await expect(monthCell(page, 10).getByRole("link", { name: /ดาวน์โหลด/ })).toHaveAttribute(
      "href",
      /^\/files\/\d+-[0-9a-f]{32}\//,
    );

    await years.getByRole("link", { name: "ปีงบประมาณ 2568" }).click();
    await expect(page).toHaveURL(/\/procurement\/2568$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ 2568");
    await expect(page.getByRole("heading", { level: 2, name: "รายงานผลการจัดซื้อจัดจ้างประจำปี" })).toBeVisible();
    await expect(grid(page)).not.toContainText("ยังไม่เผยแพร่");
    await expect(monthCell(page, 8)).toContainText("รวม 203,410.00 บาท");
  });

  test("an empty year says so; a malformed or unknown year is a 404", async ({ page }) => {
    const empty = await page.goto("/procurement/2560");
    expect(empty?.status()).toBe(200);
    await expect(page.locator("main")).toContainText("ยังไม่มีเอกสารการจัดซื้อจัดจ้างที่เผยแพร่สำหรับปีงบประมาณ 2560");
    for (const bad of ["/procurement/abc", "/procurement/1999", "/procurement/2569/x", "/procurement/25690"]) {
      const res = await page.goto(bad);
      expect(res?.status(), bad).toBe(404);
    }
  });

  test("the ข่าวประกวดราคา listing links to the disclosures", async ({ page }) => {
    await page.goto("/news/procurement");
    await page.getByRole("link", { name: "การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายปีงบประมาณ" }).click();
    await expect(page).toHaveURL(/\/procurement$/);
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  test("/procurement/2569 fits without sideways scrolling", async ({ page }) => {
    await page.goto("/procurement/2569");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "procurement-phone-2569");
  });
});

test("an editor adds a สขร.1 with its file; the public year page shows it in its month; then deletes it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The suite runs once per server time zone on one database: use a month still empty.
  await page.goto("/procurement/2569");
  let month = 0;
  for (const m of [8, 9]) if (await monthCell(page, m).getByText("ยังไม่เผยแพร่").count()) month ||= m;
  expect(month, "a month of 2569 without a สขร.1").toBeGreaterThan(0);
  const monthName = month === 8 ? "สิงหาคม" : "กันยายน";
  const title = `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${monthName} 2569 (แบบ สขร.1)`;

  await signIn(page, E2E_USERS.editor);
  await page
    .getByRole("navigation", { name: "เมนูระบบจัดการ" })
    .getByRole("link", { name: "เปิดเผยข้อมูลจัดซื้อจัดจ้าง" })
    .click();
  await page.getByRole("link", { name: "+ เพิ่มเอกสาร" }).click();
  await page.getByLabel("ประเภทเอกสาร").selectOption("MONTHLY_SUMMARY");
  await page.getByLabel("ชื่อเอกสาร").fill(title);
  // The fiscal year is left blank: the server derives 2569 from the date in Bangkok time.
  await page.getByLabel("วันที่ของเอกสาร").fill("2026-09-08");
  await page.getByLabel("เดือนของแบบ สขร.1").selectOption(String(month));
  await page.getByLabel("วงเงิน (บาท)").fill("31,415.50");
  const files = page.getByRole("group", { name: "ไฟล์เอกสาร" });
  const fileName = `สขร1-${monthName}-2569.pdf`;
  await files
    .locator('input[type="file"]')
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdfBytes("SKR1") });
  await expect(files.getByRole("link", { name: fileName })).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "เพิ่มเอกสาร" }).click();
  await page.waitForURL(/\/admin\/procurement\/\d+\?saved=created$/);
  await expect(page.getByText("เพิ่มเอกสารแล้ว และเผยแพร่ในหน้าปีงบประมาณ 2569 แล้ว")).toBeVisible();
  const editUrl = page.url();

  await page.goto("/procurement/2569");
  const cell = monthCell(page, month);
  await expect(cell).not.toContainText("ยังไม่เผยแพร่");
  await expect(cell).toContainText("ลงวันที่");
  await expect(cell).toContainText("รวม 31,415.50 บาท");
  const href = await cell.getByRole("link", { name: /ดาวน์โหลด/ }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await screenshot(page, "procurement-skr1-added");

  // A second สขร.1 for the same month is refused with a clear message.
  await page.goto("/admin/procurement/new");
  await page.getByLabel("ประเภทเอกสาร").selectOption("MONTHLY_SUMMARY");
  await page.getByLabel("ชื่อเอกสาร").fill(`${title} ซ้ำ`);
  await page.getByLabel("วันที่ของเอกสาร").fill("2026-09-10");
  await page.getByLabel("เดือนของแบบ สขร.1").selectOption(String(month));
  await page
    .getByRole("group", { name: "ไฟล์เอกสาร" })
    .locator('input[type="file"]')
    .setInputFiles({ name: "ซ้ำ.pdf", mimeType: "application/pdf", buffer: pdfBytes("dup") });
  await expect(page.getByRole("group", { name: "ไฟล์เอกสาร" }).getByRole("link", { name: "ซ้ำ.pdf" })).toBeVisible({
    timeout: 10_000,
  });
  await page.getByRole("button", { name: "เพิ่มเอกสาร" }).click();
  await expect(page.locator("form")).toContainText(`ปีงบประมาณ 2569 มีแบบ สขร.1 ของเดือน${monthName} 2569 อยู่แล้ว`);

  // Clean up through the staff page, confirming the deletion.
  await page.goto(editUrl.replace(/\?.*$/, ""));
  await page.getByLabel(/ยืนยันว่าต้องการลบ/).check();
  await page.getByRole("button", { name: "ลบเอกสารนี้" }).click();
  await page.waitForURL(/\/admin\/procurement\?year=2569&saved=deleted$/);
  await page.goto("/procurement/2569");
  await expect(monthCell(page, month)).toContainText("ยังไม่เผยแพร่");
});

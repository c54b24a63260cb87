import { expect, test, type Page } from "@playwright/test";

// Public search: the header box on every page, Thai words found inside longer words with the
// hit highlighted, filters by section and Buddhist-era dates, clear Thai errors, with and without
// JavaScript, on a 360 px phone.

const RESULT_2566 = "ประกาศผลการเลือกตั้งสมาชิกสภาผู้แทนราษฎรแบบแบ่งเขตเลือกตั้ง จังหวัดเชียงราย";

const headerSearch = (page: Page) => page.getByRole("search", { name: "ค้นหาข่าว" });
const pageSearch = (page: Page) => page.getByRole("search", { name: "ค้นหาแบบละเอียด" });
const results = (page: Page) => page.locator("main ol > li");

async function searchFromHeader(page: Page, words: string) {
  await headerSearch(page).getByRole("searchbox", { name: "ค้นหาข่าวและประกาศ" }).fill(words);
  await headerSearch(page).getByRole("button", { name: "ค้นหา" }).click();
  await page.waitForURL(/\/search\?q=/);
}

test("the header box finds a word inside longer words and highlights it", async ({ page }) => {
  await page.goto("/news/press-releases");
  await searchFromHeader(page, "ประกาศผลการเลือกตั้ง");
  await expect(page.getByRole("heading", { level: 2, name: /^พบ \d+ รายการ$/ })).toBeVisible();
  const hit = results(page).filter({ hasText: RESULT_2566 });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator("h3 mark").first()).toHaveText("ประกาศผลการเลือกตั้ง");
  // The page's own form keeps the words.
  await expect(pageSearch(page).getByLabel("คำค้น")).toHaveValue("ประกาศผลการเลือกตั้ง");
  await expect(page).toHaveTitle(/ผลการค้นหา/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("filters by section and by Buddhist-era dates", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("พิมพ์คำที่ต้องการค้นหา")).toBeVisible();
  const form = pageSearch(page);
  await form.getByLabel("คำค้น").fill("เลือกตั้ง");
  await form.getByLabel("หมวด").selectOption({ label: "ประกาศผลการเลือกตั้ง" });
  await form.getByLabel("ตั้งแต่วันที่").fill("01/06/2566");
  await form.getByLabel("ถึงวันที่").fill("๓๐/๐๖/๒๕๖๖");
  await form.getByRole("button", { name: "ค้นหา" }).click();
  await page.waitForURL(/section=election-results/);
  await expect(page.getByRole("heading", { level: 2, name: "พบ 1 รายการ" })).toBeVisible();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText(RESULT_2566);
  await expect(results(page).first()).toContainText("20 มิ.ย. 2566");
});

test("a day that does not exist gets a Thai message, not an error page", async ({ page }) => {
  const res = await page.goto(`/search?q=${encodeURIComponent("เลือกตั้ง")}&from=31/02/2566`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText("วันที่เริ่มต้นไม่ถูกต้อง", { exact: false }).first()).toBeVisible();
  await expect(pageSearch(page).getByLabel("ตั้งแต่วันที่")).toHaveAttribute("aria-invalid", "true");
  await expect(results(page)).toHaveCount(0);
});

test("drafts are never found; a word with no match says so", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("อบรมกรรมการประจำหน่วย")}`);
  await expect(page.locator("main")).not.toContainText("ร่าง: ภาพกิจกรรมอบรมกรรมการประจำหน่วยเลือกตั้ง");
  await page.goto(`/search?q=${encodeURIComponent("ไดโนเสาร์")}`);
  await expect(page.getByRole("heading", { level: 2, name: "พบ 0 รายการ" })).toBeVisible();
  await expect(page.getByText("ไม่พบข่าวหรือประกาศที่ตรงกับ “ไดโนเสาร์”")).toBeVisible();
});

test("the office's procurement documents and pages are found too, and lead to the document itself", async ({
  page,
}) => {
  await page.goto(`/search?q=${encodeURIComponent("รถยนต์ตู้")}`);
  const documents = page.getByRole("region", { name: /^หน้าเว็บและเอกสารจัดซื้อจัดจ้าง/ });
  await expect(documents.getByRole("heading", { level: 2 })).toHaveText(/^หน้าเว็บและเอกสารจัดซื้อจัดจ้าง \d+ รายการ$/);
  const link = documents.getByRole("link", {
    name: "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ระยะเวลา 12 เดือน",
  });
  await expect(link.locator("mark")).toHaveText("รถยนต์ตู้");
  // What kind of document it is, under its title.
  await expect(link.locator("xpath=ancestor::li").locator("p.text-sm")).toContainText(/^ประกาศราคากลาง · ลงวันที่ /);
  await link.click();
  await page.waitForURL(/\/procurement\/\d{4}#d-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`article#${id}`)).toContainText("ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้");

  // The about page, by a word of its history.
  await page.goto(`/search?q=${encodeURIComponent("องค์กรอิสระ")}`);
  await documents.getByRole("link", { name: "เกี่ยวกับสำนักงาน" }).click();
  await expect(page).toHaveURL(/\/about$/);
});

test("a repeated search is answered from the page cache", async ({ request }) => {
  const url = `/search?q=${encodeURIComponent("ประกาศผล")}&utm_source=line`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const again = await request.get(url);
  expect(again.headers()["x-page-cache"]).toMatch(/HIT|STALE|SHARED/);
  expect(again.headers()["cache-control"]).toContain("s-maxage=60");
  expect(await again.text()).toBe(await first.text());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header box and the filters work as plain forms", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, "เลือกตั้ง");
    await expect(page.getByRole("heading", { level: 2, name: /^พบ/ })).toBeVisible();
    await expect(results(page).first().locator("mark").first()).toBeVisible();
    await pageSearch(page).getByLabel("หมวด").selectOption({ label: "ประกาศผลการเลือกตั้ง" });
    await pageSearch(page).getByRole("button", { name: "ค้นหา" }).click();
    await page.waitForURL(/section=election-results/);
    for (const text of await results(page).locator("p.text-sm").allTextContents())
      expect(text).toContain("ประกาศผลการเลือกตั้ง");
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  test("the header box fits and the results do not scroll sideways", async ({ page }) => {
    await page.goto("/");
    const box = headerSearch(page).getByRole("searchbox", { name: "ค้นหาข่าวและประกาศ" });
    await expect(box).toBeVisible();
    expect((await box.boundingBox())!.width).toBeGreaterThan(150);
    await searchFromHeader(page, "เลือกตั้ง");
    await expect(results(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

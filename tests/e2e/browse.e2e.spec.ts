import { expect, test } from "@playwright/test";
import { screenshot } from "../helpers/e2e-page";

test("home → section → post: a reader finds the MOU press release", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("link", { name: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย" }).first()).toBeVisible();
  await expect(page.getByText("สงวนลิขสิทธิ์ 2559 - สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย")).toBeVisible();
  await expect(page.getByTestId("online-counter")).toContainText(/ผู้เข้าชมขณะนี้ [1-9][\d,]* คน/);
  // Calendar widget: dotted Thai weekday heads, Sunday first.
  const heads = page.locator("#calendar-widget-title ~ table thead th");
  await expect(heads).toHaveText(["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."]);
  await screenshot(page, "01-home");

  await page
    .getByRole("navigation", { name: "เมนูหลัก" })
    .getByRole("link", { name: "ข่าวประชาสัมพันธ์", exact: true })
    .click();
  await expect(page).toHaveURL(/\/news\/press-releases$/);
  await expect(page.getByRole("heading", { level: 1, name: "ข่าวประชาสัมพันธ์" })).toBeVisible();
  await screenshot(page, "02-section");

  // The release may have moved to a later page as newer ones arrive: follow "next" until found.
  const mou = page.getByRole("link", { name: /กระทรวงสาธารณสุข/ }).first();
  for (let i = 0; i < 10 && (await mou.count()) === 0; i++) {
    const before = page.url();
    await page.getByRole("link", { name: "ถัดไป ›" }).click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  await mou.click();
  await expect(page).toHaveURL(/\/posts\/\d+\/mou-ministry-of-public-health$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("กระทรวงสาธารณสุข");
  await expect(page.locator("article").getByText("วันที่ 28 เม.ย. 2565")).toBeVisible();
  await expect(page.getByText("เผยแพร่ครั้งแรก 28 เมษายน 2565")).toBeVisible();
  const files = page.getByRole("region", { name: "เอกสารแนบ" });
  await expect(files).toContainText(/ไฟล์ PDF · ขนาด [\d.]+ (KB|ไบต์)/);
  await expect(page.getByRole("region", { name: "ภาพกิจกรรม" }).locator("img")).toHaveCount(3);
  await screenshot(page, "03-post");

  // The attachment is served with its type and counts the download.
  const href = await files.getByRole("link").first().getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("titles with HTML characters are shown as text, not markup", async ({ page }) => {
  await page.goto("/news/announcements");
  const special = page.getByRole("link", { name: /<ครั้งที่ 1> & สรุป/ });
  await expect(special).toBeVisible();
});

test("without JavaScript every tab's content is readable", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  for (const heading of [
    "ข่าว/กิจกรรม",
    "ข่าวประชาสัมพันธ์ กกต.",
    "มัลติมีเดีย",
    "ประกาศเกี่ยวกับการเลือกตั้ง",
    "ประกาศผลการเลือกตั้ง",
    "ข่าวประกวดราคา",
  ]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator("main article, main li a").first()).toBeVisible();
  // Tabs that cannot be clicked are not offered.
  await expect(page.getByRole("tablist")).toHaveCount(0);
  await screenshot(page, "04-home-no-js");
  await context.close();
});

test("tabs work with the keyboard", async ({ page }) => {
  await page.goto("/");
  const tablist = page.getByRole("tablist", { name: "ข่าวสาร" });
  const first = tablist.getByRole("tab").first();
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(tablist.getByRole("tab", { name: "ข่าวประชาสัมพันธ์ กกต." })).toHaveAttribute("aria-selected", "true");
  await expect(tablist.getByRole("tab", { name: "ข่าวประชาสัมพันธ์ กกต." })).toBeFocused();
  // One panel at a time, under its tab rather than a repeated heading.
  await expect(page.getByRole("tabpanel", { name: "ข่าวประชาสัมพันธ์ กกต." })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "ข่าว/กิจกรรม" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "ข่าวประชาสัมพันธ์ กกต.", exact: true })).toHaveCount(0);
});

test("a journalist finds the section's RSS and Atom feeds on its listing page and follows them", async ({ page }) => {
  for (const [path, label, slug] of [
    ["/news/press-releases", "ข่าวประชาสัมพันธ์", "press-releases"],
    ["/news/press-releases/page/2", "ข่าวประชาสัมพันธ์", "press-releases"],
    ["/news/procurement", "ข่าวประกวดราคา", "procurement"],
  ] as const) {
    await page.goto(path);
    const feeds = page.getByRole("navigation", { name: "ฟีดข่าว RSS และ Atom" });
    await expect(feeds, path).toBeVisible();
    const links: [string, string, string, string][] = [
      [`${label} (RSS)`, `/news/${slug}/feed.xml`, "application/rss+xml", `<title>${label}`],
      [`${label} (Atom)`, `/news/${slug}/atom.xml`, "application/atom+xml", `<title>${label}`],
      ["ข่าวและประกาศทั้งหมด (RSS)", "/feed.xml", "application/rss+xml", "<rss"],
      ["ข่าวและประกาศทั้งหมด (Atom)", "/atom.xml", "application/atom+xml", "<feed"],
    ];
    for (const [name, href, type, content] of links) {
      const link = feeds.getByRole("link", { name, exact: true });
      await expect(link, `${path}: ${name}`).toBeVisible();
      await expect(link).toHaveAttribute("href", href);
      // Following it gives the feed itself (what a feed reader is given when the link is pasted).
      const res = await page.request.get((await link.getAttribute("href"))!);
      expect(res.status(), href).toBe(200);
      expect(res.headers()["content-type"], href).toBe(`${type}; charset=utf-8`);
      expect(await res.text(), href).toContain(content);
    }
  }
  // And by clicking, as a reader would: the browser goes to the section's feed.
  await page.goto("/news/press-releases");
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/news/press-releases/feed.xml")),
    page.getByRole("link", { name: "ข่าวประชาสัมพันธ์ (RSS)", exact: true }).click(),
  ]);
  expect(res.status()).toBe(200);
  await screenshot(page, "02b-section-feed");
});

test("a post's change notes show under «ปรับปรุงล่าสุด» with date and time, without opening anything", async ({ page }) => {
  await page.goto("/news/press-releases");
  const post = page.getByRole("link", { name: "กกต.เชียงราย ขอบคุณผู้มีสิทธิเลือกตั้งที่ออกมาใช้สิทธิ ส.ส. 14 พฤษภาคม 2566" });
  for (let i = 0; i < 10 && (await post.count()) === 0; i++) {
    const before = page.url();
    await page.getByRole("link", { name: "ถัดไป ›" }).click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  await post.click();
  await expect(page).toHaveURL(/\/posts\/\d+/);
  const article = page.locator("article");
  await expect(article.getByText("เผยแพร่ครั้งแรก 15 พฤษภาคม 2566 เวลา 10.00 น.")).toBeVisible();
  const updates = page.getByRole("region", { name: "ปรับปรุงล่าสุด 16 พฤษภาคม 2566 เวลา 15.00 น." });
  await expect(updates).toBeVisible();
  const note = updates.getByRole("listitem");
  await expect(note).toHaveCount(1);
  await expect(note).toHaveText("16 พ.ค. 2566 เวลา 15.00 น. — เพิ่มจำนวนหน่วยเลือกตั้งทั้งจังหวัดให้ถูกต้องตามประกาศ");
  await expect(note).toBeVisible();
  // Nothing to open: no closed history box holds the notes.
  await expect(article.locator("details")).toHaveCount(0);
  // The header says the post was updated and leads to the notes.
  await article.getByRole("link", { name: "ปรับปรุงล่าสุด 16 พ.ค. 2566" }).click();
  await expect(page).toHaveURL(/#post-updates$/);
  await screenshot(page, "03b-post-updates");
});

import { expect, test } from "@playwright/test";

// A journalist shares the MOU press release: the preview tags name it in Thai with absolute
// addresses, the structured data says what it is, and the share links work with or without
// JavaScript.

const MOU = "/posts/7/mou-ministry-of-public-health";

test("link preview tags and NewsArticle data on a post", async ({ page }) => {
  await page.goto(MOU);
  const meta = (p: string) => page.locator(`head meta[property="${p}"], head meta[name="${p}"]`).first();
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  await expect(meta("og:title")).toHaveAttribute("content", title);
  await expect(meta("og:type")).toHaveAttribute("content", "article");
  await expect(meta("og:locale")).toHaveAttribute("content", "th_TH");
  await expect(meta("og:url")).toHaveAttribute("content", new RegExp(`^https?://[^/]+${MOU}$`));
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
  // The preview picture is drawn for the post and served as a PNG.
  const image = await meta("og:image").getAttribute("content");
  expect(image).toMatch(/^https?:\/\/[^/]+\/og\/posts\/7\.png$/);
  const png = await page.request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`^https?://[^/]+${MOU}$`),
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld).toMatchObject({ "@type": "NewsArticle", headline: title, datePublished: "2022-04-28T10:00:00+07:00" });
});

test("every other page type previews with its own Thai title, its address and the office's picture", async ({
  page,
}) => {
  const pages = [
    { path: "/", title: /^สำนักงานคณะกรรมการการเลือกตั้ง/ },
    { path: "/news/press-releases", title: /^ข่าวประชาสัมพันธ์$/ },
    { path: "/calendar/2569-11", title: /^ปฏิทินกิจกรรม พฤศจิกายน 2569$/ },
    { path: "/elections", title: /^ผลการเลือกตั้ง$/ },
    { path: "/about", title: /^เกี่ยวกับสำนักงาน/ },
    { path: "/sitemap", title: /^แผนผังเว็บไซต์$/ },
    { path: "/procurement/2568", title: /^การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ 2568$/ },
  ];
  for (const p of pages) {
    await page.goto(p.path);
    const meta = (name: string) => page.locator(`head meta[property="${name}"], head meta[name="${name}"]`).first();
    await expect(meta("og:title"), p.path).toHaveAttribute("content", p.title);
    await expect(meta("og:locale"), p.path).toHaveAttribute("content", "th_TH");
    await expect(meta("twitter:card"), p.path).toHaveAttribute("content", "summary_large_image");
    const image = await meta("og:image").getAttribute("content");
    expect(image, p.path).toMatch(/^https?:\/\/[^/]+\/og\/site\.png$/);
  }
  const png = await page.request.get("/og/site.png");
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("share links are plain links to the sharing pages and to the post itself", async ({ page }) => {
    await page.goto(MOU);
    const share = page.getByRole("region", { name: "แชร์ข่าวนี้" });
    const permanent = await page.locator('head link[rel="canonical"]').getAttribute("href");
    const encoded = encodeURIComponent(permanent!);
    await expect(share.getByRole("link", { name: /Facebook/ })).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    );
    await expect(share.getByRole("link", { name: /LINE/ })).toHaveAttribute(
      "href",
      `https://social-plugins.line.me/lineit/share?url=${encoded}`,
    );
    await expect(share.getByRole("link", { name: /^X/ })).toHaveAttribute(
      "href",
      new RegExp(`^https://x\\.com/intent/post\\?url=${encoded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    await expect(share.getByRole("link", { name: "คัดลอกลิงก์" })).toHaveAttribute("href", permanent!);
  });
});

test("with JavaScript, «คัดลอกลิงก์» copies the permanent address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(MOU);
  const share = page.getByRole("region", { name: "แชร์ข่าวนี้" });
  await share.getByRole("link", { name: "คัดลอกลิงก์" }).click();
  await expect(share.getByRole("status")).toHaveText("คัดลอกลิงก์แล้ว");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator('head link[rel="canonical"]').getAttribute("href"),
  );
  await expect(page).toHaveURL(new RegExp(`${MOU}$`));
});

test("every public page type names its absolute canonical address; a 404 names none", async ({ page }) => {
  for (const path of [
    "/",
    "/news/press-releases",
    "/news/press-releases/page/2",
    "/calendar/2565-06",
    MOU,
    "/accessibility",
  ]) {
    await page.goto(path);
    const href = await page.locator('head link[rel="canonical"]').getAttribute("href");
    expect(href, path).toMatch(/^https?:\/\/[^/]+(\/|$)/);
    expect(new URL(href!).pathname, path).toBe(path);
  }
  await page.goto("/no/such/page");
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
});

test("the calendar month describes its events as schema.org Events", async ({ page }) => {
  await page.goto("/calendar/2565-06");
  const events = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "[]") as {
    "@type": string;
    name: string;
    startDate: string;
  }[];
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e["@type"] === "Event")).toBe(true);
  // The 00:30 Bangkok event of 1 June 2565 is on 1 June in Bangkok time.
  expect(events.some((e) => e.startDate === "2022-06-01T00:30:00+07:00")).toBe(true);
});

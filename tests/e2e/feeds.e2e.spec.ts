import { expect, test } from "@playwright/test";

// Feeds, calendar files, sitemap and robots as readers, calendar apps and crawlers fetch them from
// the production server: right types, the seeded content, cached like the pages, 404 for nonsense.

test("RSS, Atom, iCalendar, sitemap and robots answer with the right types and content", async ({ request }) => {
  const cases: [string, string, string][] = [
    ["/feed.xml", "application/rss+xml", "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย"],
    ["/atom.xml", "application/atom+xml", "<feed"],
    ["/news/press-releases/feed.xml", "application/rss+xml", "ข่าวประชาสัมพันธ์"],
    ["/news/procurement/atom.xml", "application/atom+xml", "ข่าวประกวดราคา"],
    ["/calendar.ics", "text/calendar", "BEGIN:VEVENT"],
    ["/sitemap.xml", "application/xml", "/posts/"],
    ["/robots.txt", "text/plain", "Sitemap: "],
  ];
  for (const [url, type, content] of cases) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toBe(`${type}; charset=utf-8`);
    expect(await res.text(), url).toContain(content);
    // Asked again, it comes from the memory cache in front of Next.
    expect((await request.get(url)).headers()["x-page-cache"], url).toBe("HIT");
  }
});

test("one event downloads as .ics from the calendar page", async ({ page, request }) => {
  await page.goto("/calendar/2565-06");
  const link = page.getByRole("link", { name: /เพิ่มลงปฏิทินของฉัน/ }).first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/events\/\d+\.ics$/);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="event-\d+\.ics"$/);
  const body = (await res.text()).replace(/\r\n /g, "");
  expect(body).toMatch(/DTSTART(;VALUE=DATE:2022\d{4}|:2022\d{4}T\d{6}Z)\r\n/);
  await expect(page.getByRole("link", { name: /ติดตามปฏิทินกิจกรรมทั้งหมด/ })).toHaveAttribute("href", "/calendar.ics");
});

test("pages name their feeds; nonsense feed addresses are 404", async ({ page, request }) => {
  await page.goto("/news/procurement");
  const rss = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(rss.first()).toHaveAttribute("href", /\/news\/procurement\/feed\.xml$/);
  for (const url of [
    "/news/nope/feed.xml",
    "/events/abc.ics",
    "/events/0.ics",
    "/events/99999999.ics",
    "/events/1.ics.exe",
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

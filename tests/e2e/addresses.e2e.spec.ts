import { expect, test } from "@playwright/test";
import { screenshot, laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

async function mouId(request: import("@playwright/test").APIRequestContext): Promise<string> {
  // Find the release through the public listing rather than assuming an id.
  for (let page = 1; page < 10; page++) {
    const res = await request.get(page === 1 ? "/news/press-releases" : `/news/press-releases/page/${page}`);
    const html = await res.text();
    const m = html.match(/href="\/posts\/(\d+)\/mou-ministry-of-public-health"/);
    if (m) return m[1]!;
  }
  throw new Error("MOU release not found in the listing");
}

test("a missing, wrong or old slug redirects permanently to the canonical address", async ({ page, request }) => {
  const id = await mouId(request);
  for (const from of [
    `/posts/${id}`,
    `/posts/${id}/wrong-slug`,
    `/posts/${id}/mou-moph-2565`,
    `/posts/${id}/mou-ministry-of-public-health/extra`,
  ]) {
    // Twice: the second answer comes from the cache and must still carry exactly one Location.
    for (let i = 0; i < 2; i++) {
      const res = await request.get(from, { maxRedirects: 0 });
      expect([301, 308]).toContain(res.status());
      const locations = res.headersArray().filter((h) => h.name.toLowerCase() === "location");
      expect(locations.map((h) => h.value)).toEqual([`/posts/${id}/mou-ministry-of-public-health`]);
    }
  }
  await page.goto(`/posts/${id}`);
  await expect(page).toHaveURL(new RegExp(`/posts/${id}/mou-ministry-of-public-health$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("กระทรวงสาธารณสุข");
});

test("page 1 of a listing has one address", async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/news/activities/page/1", { maxRedirects: 0 });
    expect([301, 308]).toContain(res.status());
    expect(
      res
        .headersArray()
        .filter((h) => h.name.toLowerCase() === "location")
        .map((h) => h.value),
    ).toEqual(["/news/activities"]);
  }
});

test("a listing's second page exists and is newest-first", async ({ request }) => {
  const res = await request.get("/news/activities/page/2");
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("หน้า 2 จาก");
});

const BAD = [
  "/posts/abc",
  "/posts/0",
  "/posts/-1",
  "/posts/99999999",
  "/posts/1e3",
  "/posts/99999999999999999999",
  "/news/nope",
  "/news/activities/page/0",
  "/news/activities/page/-1",
  "/news/activities/page/abc",
  "/news/activities/page/99999",
  "/calendar/2565-13",
  "/calendar/x",
  "/calendar/2565-00",
  "/calendar/2565-06/extra",
  "/calendar/%E0%B8%81",
  "/no/such/page",
  "/files/abc/x.pdf",
  "/files/999999/x.pdf",
];

for (const url of BAD) {
  test(`bad address ${url} answers 404, never 500`, async ({ request }) => {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status()).toBe(404);
  });
}

test("the 404 page is in Thai and offers a way back", async ({ page }) => {
  const res = await page.goto("/news/nope");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ไม่พบหน้าที่ต้องการ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "กลับหน้าแรก" })).toBeVisible();
  await screenshot(page, "08-not-found");
});

test("public pages are served from the cache, visitor counter or not", async ({ request }) => {
  for (const url of ["/", "/news/press-releases", "/calendar/2565-06"]) {
    await request.get(url);
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    // Served from Next's page cache, or from the memory cache in front of it.
    const cached = res.headers()["x-page-cache"] === "HIT" || /HIT|STALE/.test(res.headers()["x-nextjs-cache"] ?? "");
    expect(cached).toBe(true);
  }
});

test("query strings are ignored safely", async ({ request }) => {
  for (const url of ["/?page=-1", "/news/activities?page=abc&x=%00", "/calendar?month=2565-13"]) {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
  }
});

// A 404 that a publish can end is kept for seconds, not a page's minute: a render caught by the
// publish must not hide the new page (lib/cache/keep-briefly.ts).
for (const url of ["/posts/99999999", "/elections/99999999", "/elections/1/contests/99999999", "/procurement/2539"]) {
  test(`a page that is not published yet (${url}) is a 404 kept for seconds only`, async ({ request }) => {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status()).toBe(404);
    const maxAge = /s-maxage=(\d+)/.exec(res.headers()["cache-control"] ?? "");
    expect(maxAge, res.headers()["cache-control"]).not.toBeNull();
    expect(Number(maxAge![1])).toBeLessThanOrEqual(2);
  });
}

test("a published page keeps its own revalidate period, not the seconds of a 404", async ({ request }) => {
  for (const url of ["/", "/news/activities", "/elections/1/contests/1"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(Number(/s-maxage=(\d+)/.exec(res.headers()["cache-control"] ?? "")?.[1]), url).toBeGreaterThan(2);
  }
});

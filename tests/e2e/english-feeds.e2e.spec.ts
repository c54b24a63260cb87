import { expect, test } from "@playwright/test";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// The English feeds as a reader of the English site finds them: named on the English listing,
// visibly and in <head>, and answering in English from the production server.

const SMART_VOTE_EN = "ECT Chiang Rai invites voters to check their names on the Smart Vote app";
const RECRUITMENT_EN = "Recruitment of a government employee: data entry officer";
const OFFICE_EN = "Chiang Rai Provincial Office of the Election Commission of Thailand";

test("an English section listing links its English feeds, which answer in English", async ({ page, request }) => {
  await page.goto("/en/news/press-releases");
  const nav = page.getByRole("navigation", { name: "RSS and Atom news feeds" });
  await expect(nav).toContainText("Follow in a feed reader:");
  const links = nav.getByRole("link");
  const shown = await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
  expect(shown).toEqual([
    ["Press releases (RSS)", "/en/news/press-releases/feed.xml"],
    ["Press releases (Atom)", "/en/news/press-releases/atom.xml"],
    ["All news and announcements (RSS)", "/en/feed.xml"],
    ["All news and announcements (Atom)", "/en/atom.xml"],
  ]);
  const head = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(head.first()).toHaveAttribute("href", /\/en\/news\/press-releases\/feed\.xml$/);
  await expect(head.first()).toHaveAttribute("title", "Press releases (RSS)");

  for (const [, href] of shown) {
    const res = await request.get(href!);
    expect(res.status(), href!).toBe(200);
    const type = href!.endsWith("atom.xml") ? "application/atom+xml" : "application/rss+xml";
    expect(res.headers()["content-type"], href!).toBe(`${type}; charset=utf-8`);
    const body = await res.text();
    expect(body, href!).toMatch(type === "application/rss+xml" ? /<language>en<\/language>/ : /xml:lang="en"/);
    expect(body, href!).toContain(OFFICE_EN);
    // Every item leads to an English page; untranslated ones say they are in Thai.
    expect(body, href!).toMatch(/\/en\/posts\/\d+/);
    expect(body, href!).not.toMatch(/https?:\/\/[^/<"]+\/posts\//);
    expect(body, href!).toContain("[In Thai] ");
    if (href!.includes("press-releases")) expect(body, href!).toContain(SMART_VOTE_EN);
    // Asked again, it comes from the memory cache in front of Next, like the Thai feeds.
    expect((await request.get(href!)).headers()["x-page-cache"], href!).toBe("HIT");
  }
});

test("another section's English feed carries its translated post; the English home names the English feeds", async ({
  page,
  request,
}) => {
  const res = await request.get("/en/news/announcements/atom.xml");
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain(`<title>${RECRUITMENT_EN}</title>`);
  expect(body).toContain("<title>Announcements — " + OFFICE_EN + "</title>");

  await page.goto("/en");
  const atom = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(atom).toHaveCount(1);
  await expect(atom).toHaveAttribute("href", /\/en\/atom\.xml$/);
  await expect(atom).toHaveAttribute("title", "All news and announcements (Atom)");
});

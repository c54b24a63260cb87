import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// The English site: a reader switches language on any page and stays on the same content; a
// post with a staff-written translation reads in English, one without shows its Thai title and
// text marked Thai with a note; search engines find each page's other language (hreflang).

const SMART_VOTE_EN = "ECT Chiang Rai invites voters to check their names on the Smart Vote app";
const SMART_VOTE_TH = "กกต.เชียงราย ชวนตรวจสอบรายชื่อผู้มีสิทธิเลือกตั้งผ่านแอปพลิเคชัน Smart Vote";

const switchLink = (page: Page) => page.locator("header a[data-language-switch]");
/**
 * Pages through the English press releases until the translated post's link shows (other specs
 * publish newer posts first, so it is not always on page 1).
 */
async function findTranslated(page: Page) {
  const link = page.locator("main ol").getByRole("link", { name: SMART_VOTE_EN });
  for (let n = 1; n <= 20; n++) {
    if (n > 1) await page.goto(`/en/news/press-releases/page/${n}`);
    if ((await link.count()) > 0) return link;
  }
  throw new Error("the translated press release is on no listing page");
}

const alternate = (page: Page, lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);

test("from the Thai home page to English and back, the same page in the other language", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await switchLink(page).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Chiang Rai Provincial Office of the Election Commission of Thailand");
  const nav = page.getByRole("navigation", { name: "Main menu" });
  await expect(nav.getByRole("link", { name: "Press releases" })).toHaveAttribute("href", "/en/news/press-releases");
  // An untranslated post: its Thai title, marked Thai, and the note.
  const untranslated = page.locator('main a[lang="th"][href^="/en/posts/"]').first();
  await expect(untranslated).toBeVisible();
  await expect(untranslated.locator("xpath=following-sibling::span[1]")).toHaveText("In Thai");

  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Press releases" }).click();
  await expect(page).toHaveURL(/\/en\/news\/press-releases$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press releases");
  // The translated post is listed by its English title and dated in the Common Era.
  const link = await findTranslated(page);
  const item = page.locator("main ol > li").filter({ has: page.getByRole("link", { name: SMART_VOTE_EN }) });
  await expect(item.locator("time")).toHaveText("20 Jun 2022");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SMART_VOTE_EN);
  await expect(page.locator("main")).toContainText("invites every voter to check their name and polling unit");
  await expect(page.locator("[data-in-thai]")).toHaveCount(0);
  const english = new URL(page.url()).pathname;
  expect(english).toMatch(/^\/en\/posts\/\d+/);

  // Back to Thai: the same post at its permanent Thai address.
  await switchLink(page).click();
  await expect(page).toHaveURL(new RegExp(`${english.slice(3)}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SMART_VOTE_TH);
});

test("each page names its other language for search engines, both ways, on translated pages only", async ({ page }) => {
  await page.goto("/news/press-releases");
  await expect(alternate(page, "en")).toHaveAttribute("href", /^https?:\/\/[^/]+\/en\/news\/press-releases$/);
  await expect(alternate(page, "th")).toHaveAttribute("href", /^https?:\/\/[^/]+\/news\/press-releases$/);
  await page.goto("/en/news/press-releases");
  await expect(alternate(page, "th")).toHaveAttribute("href", /^https?:\/\/[^/]+\/news\/press-releases$/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/en\/news\/press-releases$/,
  );
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  // A page with no English version yet: no alternate, and its English address leads to it.
  await page.goto("/elections");
  await expect(alternate(page, "en")).toHaveCount(0);
  await expect(switchLink(page)).toHaveAttribute("href", "/en");
  const answer = await page.request.get("/en/elections", { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  expect(answer.headers()["location"]).toMatch(/\/elections$/);
});

test("an untranslated post reads in Thai under an English note, marked Thai for screen readers", async ({ page }) => {
  await page.goto("/en/news/activities");
  const link = page.locator('main a[lang="th"][href^="/en/posts/"]').first();
  const title = await link.innerText();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "th");
  await expect(page.locator("[data-in-thai]")).toHaveText(
    "The text of this item is in Thai: it has not been translated into English.",
  );
  await expect(page.locator("main .prose-th")).toHaveAttribute("lang", "th");
  // The page around it is English.
  await expect(page.getByRole("navigation", { name: "You are here" })).toContainText("News and activities");
  await expect(page.locator("main footer")).toContainText("First published");
});

test("the calendar in English: month names, Common Era years, English times; the events as staff typed them", async ({
  page,
}) => {
  await page.goto("/calendar/2565-06");
  await switchLink(page).click();
  await expect(page).toHaveURL(/\/en\/calendar\/2565-06$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity calendar");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("June 2022");
  await expect(page.locator("table thead th")).toHaveText(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
  // 1 June 2022 was a Wednesday, whatever the language.
  await expect(page.locator("table tbody tr").first().locator("td").nth(3)).toHaveAttribute("data-day", "2022-06-01");
  const list = page.getByRole("region", { name: "Activities in June 2022" });
  await expect(list.getByText("Wednesday, 1 June 2022, 00:30–04:30").first()).toBeVisible();
  // A three-day training, all day.
  await expect(list.getByText("Monday, 6 June 2022 to Wednesday, 8 June 2022")).toBeVisible();
  await expect(list.locator('h3[lang="th"]').first()).toHaveText("ซ้อมแผนการขนส่งหีบบัตรเลือกตั้งในเวลากลางคืน");
  // Every date and time the page writes is English (the titles staff typed may hold Thai years).
  for (const when of await list.locator("time").allInnerTexts())
    expect(when).toMatch(/^[A-Z][a-z]+day, \d+ [A-Z][a-z]+ 2022/);
  await page.getByRole("link", { name: /Previous month/ }).click();
  await expect(page).toHaveURL(/\/en\/calendar\/2565-05$/);
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("May 2022");
  await expectAccessible(page, "/en/calendar/2565-05");
});

test("the office's pages in English: English names and labels, the office's Thai text marked Thai", async ({
  page,
}) => {
  await page.goto("/contact");
  await switchLink(page).click();
  await expect(page).toHaveURL(/\/en\/contact$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact the office");
  await expect(page.locator("main dt")).toContainText(["Address", "Telephone"]);
  await expect(page.locator("main address")).toHaveAttribute("lang", "th");
  await expectAccessible(page, "/en/contact");
  // The footer leads to the English about page; the office's own text is Thai under a note.
  await page.locator("footer").getByRole("link", { name: "About the office" }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the office");
  await expect(page.locator("[data-in-thai]")).toBeVisible();
  await expect(page.locator("main .prose-th")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("heading", { name: "Executives" })).toBeVisible();
  await expectAccessible(page, "/en/about");

  await page.locator("footer").getByRole("link", { name: "ECT offices nationwide" }).click();
  await expect(page).toHaveURL(/\/en\/offices$/);
  const north = page.getByRole("region", { name: "Northern region (9 provinces)" });
  const chiangRai = north.getByRole("link", {
    name: "Chiang Rai Provincial Office of the Election Commission of Thailand",
  });
  await expect(chiangRai).toHaveAttribute("href", /\/en$/);
  await expect(north.getByRole("cell", { name: "Chiang Rai", exact: true })).toBeVisible();
  await expectAccessible(page, "/en/offices");
});

test("the English site map leads to the English pages, marks those still in Thai, and lists the English feeds", async ({
  page,
}) => {
  await page.goto("/sitemap");
  await switchLink(page).click();
  await expect(page).toHaveURL(/\/en\/sitemap$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site map");
  const main = page.locator("main");
  await expect(main.getByRole("link", { name: "Press releases", exact: true })).toHaveAttribute(
    "href",
    "/en/news/press-releases",
  );
  await expect(main.getByRole("link", { name: "Activity calendar", exact: true })).toHaveAttribute(
    "href",
    "/en/calendar",
  );
  const elections = main
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Election results", exact: true }) });
  await expect(elections.getByRole("link")).toHaveAttribute("href", "/elections");
  await expect(elections).toContainText("(in Thai)");
  await expect(main.getByRole("link", { name: "All news and announcements (RSS)" })).toHaveAttribute(
    "href",
    "/en/feed.xml",
  );
  await expectAccessible(page, "/en/sitemap");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch is a plain link in the page", async ({ page }) => {
    await page.goto("/news/press-releases/page/2");
    await expect(switchLink(page)).toHaveAttribute("href", "/en/news/press-releases/page/2");
    await switchLink(page).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press releases");
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
  });
});

for (const path of ["/en", "/en/news/press-releases", "/en/news/activities"]) {
  test(`axe finds nothing serious on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page, path);
  });
}

test("axe finds nothing serious on a translated and an untranslated English post", async ({ page }) => {
  await page.goto("/en/news/press-releases");
  const untranslated = await page.locator('main a[lang="th"][href^="/en/posts/"]').first().getAttribute("href");
  const translated = await (await findTranslated(page)).getAttribute("href");
  for (const path of [translated!, untranslated!]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

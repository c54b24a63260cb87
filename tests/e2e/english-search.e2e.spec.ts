import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";

// The search page in English (/en/search): the header box of an English page searches there,
// translated posts are found by their English words and shown in English, untranslated ones in
// Thai with «In Thai»; filters by section and Common Era dates; clear English messages; with
// and without JavaScript.

const SMART_VOTE_EN = "ECT Chiang Rai invites voters to check their names on the Smart Vote app";
const RESULT_2566 = "ประกาศผลการเลือกตั้งสมาชิกสภาผู้แทนราษฎรแบบแบ่งเขตเลือกตั้ง จังหวัดเชียงราย";

const headerSearch = (page: Page) => page.getByRole("search", { name: "Search news" });
const pageSearch = (page: Page) => page.getByRole("search", { name: "Advanced search" });
const results = (page: Page) => page.locator("main ol > li");

async function searchFromHeader(page: Page, words: string) {
  await headerSearch(page).getByRole("searchbox").fill(words);
  await headerSearch(page).getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/en\/search\?q=/);
}

test("the header box of an English page finds a translated post by its English title, in English", async ({ page }) => {
  await page.goto("/en");
  await searchFromHeader(page, "Smart Vote");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search news and announcements");
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ results?$/ })).toBeVisible();
  const link = page.getByRole("link", { name: SMART_VOTE_EN });
  await expect(link).toHaveAttribute("href", /^\/en\/posts\/\d+/);
  await expect(link).not.toHaveAttribute("lang", "th");
  // The words marked (the last one as a word start too: "voters").
  await expect(link.locator("mark", { hasText: /^Smart$/ })).toHaveCount(1);
  await expect(link.locator("mark", { hasText: /^Vote$/ })).toHaveCount(1);
  const hit = results(page).filter({ has: link });
  await expect(hit.locator("time")).toHaveText("20 Jun 2022");
  await expect(hit).toContainText("Press releases");
  await expect(hit).not.toContainText("In Thai");
  await expect(page).toHaveTitle(/Search results for “Smart Vote”/);
  await expect(pageSearch(page).getByLabel("Search words")).toHaveValue("Smart Vote");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SMART_VOTE_EN);
});

test("a phrase found only in the English translation finds the post", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("invites every voter")}`);
  const hit = results(page).filter({ has: page.getByRole("link", { name: SMART_VOTE_EN }) });
  await expect(hit).toHaveCount(1);
  // The English passage, the words marked (the summary's "Voters": the last word is also a word start).
  await expect(hit.locator("p mark").first()).toHaveText(/^voters?$/i);
  await expect(hit.locator("p").last()).toHaveText(/^Voters can check their names and polling units/);
});

test("a Thai word finds untranslated posts, shown in Thai with «In Thai»", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("ประกาศผลการเลือกตั้ง")}`);
  const link = page.getByRole("link", { name: RESULT_2566 });
  await expect(link).toHaveAttribute("lang", "th");
  await expect(link).toHaveAttribute("href", /^\/en\/posts\/\d+/);
  await expect(link.locator("mark").first()).toHaveText("ประกาศผลการเลือกตั้ง");
  await expect(link.locator("xpath=following-sibling::span[1]")).toHaveText("In Thai");
});

test("filters by section and Common Era dates, a Buddhist-era year understood too", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page.getByText("Type the words you are looking for")).toBeVisible();
  const form = pageSearch(page);
  await form.getByLabel("Search words").fill("เลือกตั้ง");
  await form.getByLabel("Section").selectOption({ label: "Election results announcements" });
  await form.getByLabel("From").fill("01/06/2023");
  await form.getByLabel("To").fill("30/06/2566");
  await form.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/en\/search\?.*section=election-results/);
  await expect(page.getByRole("heading", { level: 2, name: "1 result" })).toBeVisible();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText(RESULT_2566);
  await expect(results(page).first()).toContainText("Election results announcements · 20 Jun 2023");
});

test("a day that does not exist gets an English message, not an error page", async ({ page }) => {
  const res = await page.goto(`/en/search?q=election&from=31/02/2026`);
  expect(res?.status()).toBe(200);
  const problems = page.locator("main [role=alert]");
  await expect(problems).toContainText("The search could not run: please correct the following");
  await expect(problems).toContainText("The start date is not a valid date. Type it as dd/mm/yyyy, e.g. 01/06/2023.");
  await expect(pageSearch(page).getByLabel("From")).toHaveAttribute("aria-invalid", "true");
  await expect(pageSearch(page).getByLabel("From")).toHaveValue("31/02/2026");
  await expect(results(page)).toHaveCount(0);
});

test("procurement documents found are named in English, their Thai titles marked Thai", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("รถยนต์ตู้")}`);
  const documents = page.getByRole("region", { name: /^Web pages and procurement documents/ });
  const link = documents.getByRole("link", {
    name: "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ระยะเวลา 12 เดือน",
  });
  await expect(link).toHaveAttribute("lang", "th");
  await expect(link.locator("mark")).toHaveText("รถยนต์ตู้");
  await expect(link.locator("xpath=ancestor::li").locator("p.text-sm")).toContainText(
    /^Reference price · dated \d{1,2} [A-Z][a-z]{2} \d{4}$/,
  );
});

test("the search page names its other language, and the switch leads there", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("เลือกตั้ง")}`);
  // A page rendered per request streams its metadata: the links may sit after the head.
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/en\/search$/,
  );
  await page.locator("header a[data-language-switch]").click();
  await expect(page).toHaveURL(/\/en\/search$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/en\/search$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search news and announcements");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header box and the filters work as plain forms", async ({ page }) => {
    await page.goto("/en/news/press-releases");
    await searchFromHeader(page, "polling unit");
    await expect(page.getByRole("link", { name: SMART_VOTE_EN })).toBeVisible();
    await pageSearch(page).getByLabel("Section").selectOption({ label: "Press releases" });
    await pageSearch(page).getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/search\?.*section=press-releases/);
    for (const text of await results(page).locator("p.text-sm").allTextContents())
      expect(text).toContain("Press releases");
    await expect(page.getByRole("link", { name: SMART_VOTE_EN })).toBeVisible();
  });
});

for (const path of ["/en/search", `/en/search?q=${encodeURIComponent("เลือกตั้ง")}`, "/en/search?q=vote&to=99/99/2026"]) {
  test(`axe finds nothing serious on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page, path);
  });
}

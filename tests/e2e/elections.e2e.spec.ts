import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { screenshot } from "../helpers/e2e-page";

// The public election results of the demo seed: the เขต 7 by-election of 14 Sep 2568 (official,
// real candidates, updated 23 Sep 2568 14:00 Bangkok time) gives the exact figures; the 2566
// general election (7 constituencies) is changed by the staff e2e run (a count in progress, then
// corrections), so only its shape is checked here.

const GE_TITLE = "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566 จังหวัดเชียงราย";
const BY7_TITLE = "การเลือกตั้งสมาชิกสภาผู้แทนราษฎรแทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7 จังหวัดเชียงราย";
const RANKING = "คะแนนของผู้สมัคร เรียงตามคะแนน";
const SAMPLE_NOTE = "* ชื่อสมมุติสำหรับการสาธิต ไม่ใช่ชื่อผู้สมัครจริง";

type Paths = { id: string; election: string; contests: string[] };

/** An election's addresses, found through the public index rather than assumed ids. */
async function pathsOf(request: APIRequestContext, slug: string): Promise<Paths> {
  const index = await (await request.get("/elections")).text();
  const m = index.match(new RegExp(`href="(/elections/(\\d+)/${slug})"`));
  if (!m) throw new Error(`no link to ${slug} on /elections`);
  const html = await (await request.get(m[1]!)).text();
  const contests = [...new Set([...html.matchAll(/href="(\/elections\/\d+\/contests\/\d+)"/g)].map((x) => x[1]!))];
  return { id: m[2]!, election: m[1]!, contests };
}

const tableRow = (page: Page, table: string, row: string) =>
  page.getByRole("table", { name: table }).getByRole("row", { name: new RegExp(row) });

test("from the menu to an election's summary and its constituency's ranked results", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "เมนูหลัก" })
    .getByRole("link", { name: "ผลการเลือกตั้ง", exact: true })
    .click();
  await expect(page).toHaveURL(/\/elections$/);
  await expect(page.getByRole("heading", { level: 1, name: "ผลการเลือกตั้ง" })).toBeVisible();
  // Latest polling day first.
  const titles = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  expect(titles.slice(0, 2)).toEqual([BY7_TITLE, GE_TITLE]);

  await page.getByRole("link", { name: BY7_TITLE }).click();
  await expect(page).toHaveURL(/\/elections\/\d+\/by-election-district-7-2568$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BY7_TITLE);
  await expect(page.getByText("วันอาทิตย์ที่ 14 กันยายน พ.ศ. 2568", { exact: true })).toBeVisible();
  // Province summary: figures, the turnout chart (a named image) and the same figures as a table.
  await expect(page.getByRole("definition").filter({ hasText: "133,960" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "59.19%" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^ผู้มาใช้สิทธิเลือกตั้ง: .*ผู้มาใช้สิทธิ 79,288 \(59\.19%\)/ })).toBeVisible();
  await expect(tableRow(page, "ผู้มาใช้สิทธิเลือกตั้ง", "^ผู้มาใช้สิทธิ").getByRole("cell")).toHaveText(["79,288", "59.19%"]);
  await expect(page.getByRole("img", { name: /^บัตรเลือกตั้ง: บัตรดี 65,477/ })).toBeVisible();
  await expect(tableRow(page, "บัตรเลือกตั้ง", "^บัตรไม่ประสงค์").getByRole("cell")).toHaveText(["10,739", "13.54%"]);
  // Seats per party: chart and table agree.
  await expect(page.getByRole("img", { name: /แยกตามพรรค: เพื่อไทย 1 เขต$/ })).toBeVisible();
  const tally = "จำนวนเขตที่ชนะ แยกตามพรรค และคะแนนรวมของแต่ละพรรค";
  await expect(tableRow(page, tally, "^เพื่อไทย").getByRole("cell")).toHaveText(["1", "45,615", "69.67%"]);
  await expect(tableRow(page, tally, "^ประชาชน").getByRole("cell")).toHaveText(["0", "19,862", "30.33%"]);
  // The contest with its winner, and the official announcement with its file.
  await expect(tableRow(page, "ผลรายเขต: ส.ส. แบบแบ่งเขต", "^เขต 7 ")).toContainText("1 นายสง่า พรมเมือง (เพื่อไทย) 45,615");
  await expect(
    page.getByRole("link", { name: "ประกาศผลการเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ 7" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "ประกาศที่เกี่ยวข้อง" }).locator('a[href^="/files/"]')).not.toHaveCount(0);
  await screenshot(page, "40-election");

  await page.getByRole("table", { name: "ผลรายเขต: ส.ส. แบบแบ่งเขต" }).getByRole("link", { name: "เขต 7" }).click();
  await expect(page).toHaveURL(/\/elections\/\d+\/contests\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ส.ส. แบบแบ่งเขต เขต 7");
  await expect(page.getByText("ผลอย่างเป็นทางการ", { exact: true })).toBeVisible();
  // 14:00 on 23 September 2568 in Bangkok, whatever the server's time zone.
  await expect(page.getByTestId("count-updated")).toHaveText("อัปเดต 14.00 น. (23 ก.ย. 2568)");
  await expect(page.getByTestId("count-updated")).toHaveAttribute("datetime", "2025-09-23T14:00:00+07:00");
  const rows = page.getByRole("table", { name: RANKING }).getByRole("row");
  await expect(rows.nth(1)).toContainText("นายสง่า พรมเมือง");
  await expect(rows.nth(1).getByRole("cell")).toHaveText(["1", "1", "เพื่อไทย", "45,615", "69.67%"]);
  await expect(rows.nth(2).getByRole("cell")).toHaveText(["2", "2", "ประชาชน", "19,862", "30.33%"]);
  await expect(
    page.getByRole("img", {
      name: "กราฟแท่งคะแนนของผู้สมัคร: หมายเลข 1 นายสง่า พรมเมือง 45,615 คะแนน, หมายเลข 2 นายสุทัศน์ ยาละ 19,862 คะแนน",
    }),
  ).toBeVisible();
  await expect(page.getByText(SAMPLE_NOTE)).toHaveCount(0);
  await expect(tableRow(page, "ผู้มาใช้สิทธิเลือกตั้ง", "^ผู้มาใช้สิทธิ").getByRole("cell")).toHaveText(["79,288", "59.19%"]);
  // Official: the page does not refresh itself.
  await expect(page.getByTestId("refresh-status")).toHaveText("");
  await screenshot(page, "41-contest");
});

test("the general election lists all seven constituencies, sample names marked", async ({ page, request }) => {
  const ge = await pathsOf(request, "general-election-2566");
  expect(ge.contests).toHaveLength(7);
  await page.goto(ge.election);
  await expect(page.getByRole("table", { name: "ผลรายเขต: ส.ส. แบบแบ่งเขต" }).getByRole("row")).toHaveCount(8);
  await expect(page.getByRole("definition").filter({ hasText: "944,019" })).toBeVisible();
  await page.goto(ge.contests[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ส.ส. แบบแบ่งเขต เขต 1");
  await expect(page.getByText(SAMPLE_NOTE)).toBeVisible();
});

test("with JavaScript off the results, charts and tables are all there", async ({ browser, request }) => {
  const by7 = await pathsOf(request, "by-election-district-7-2568");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(by7.election);
  await expect(page.getByRole("img", { name: /เพื่อไทย 1 เขต/ })).toBeVisible();
  await page.goto(by7.contests[0]!);
  await expect(page.getByRole("table", { name: RANKING }).getByRole("row").nth(1)).toContainText("45,615");
  await expect(
    page
      .getByRole("img", { name: /^กราฟแท่ง/ })
      .locator("rect")
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId("count-updated")).toHaveText("อัปเดต 14.00 น. (23 ก.ย. 2568)");
  await context.close();
});

test("election pages fit a phone screen without sideways scrolling", async ({ browser, request }) => {
  const ge = await pathsOf(request, "general-election-2566");
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const [name, url] of [
    ["42-phone-elections", "/elections"],
    ["43-phone-election", ge.election],
    ["44-phone-contest", ge.contests[2]!],
  ] as const) {
    await page.goto(url);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      url,
    ).toBeLessThanOrEqual(0);
    await screenshot(page, name);
  }
  await context.close();
});

test("results download as CSV (Excel-ready Thai) and JSON", async ({ page, request }) => {
  const by7 = await pathsOf(request, "by-election-district-7-2568");
  await page.goto(by7.election);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "ไฟล์ CSV ผลการเลือกตั้งทุกเขต" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`election-${by7.id}-results.csv`);

  const csv = await request.get(`/elections/${by7.id}/results.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="election-${by7.id}-results.csv"`);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^รหัสการเลือกตั้ง,การเลือกตั้ง,วันเลือกตั้ง,รหัสเขต,ตำแหน่ง,เขตเลือกตั้ง,สถานะ,/);
  expect(lines.slice(1, 3).map((l) => l.split(",").slice(4, 9).concat(l.split(",").slice(11, 23)))).toEqual([
    [
      "ส.ส. แบบแบ่งเขต",
      "เขต 7",
      "OFFICIAL",
      "2025-09-23T14:00:00+07:00",
      "133960",
      "79288",
      "59.19",
      "65477",
      "3072",
      "10739",
      "1",
      "นายสง่า พรมเมือง",
      "false",
      "เพื่อไทย",
      "45615",
      "69.67",
      "1",
    ],
    [
      "ส.ส. แบบแบ่งเขต",
      "เขต 7",
      "OFFICIAL",
      "2025-09-23T14:00:00+07:00",
      "133960",
      "79288",
      "59.19",
      "65477",
      "3072",
      "10739",
      "2",
      "นายสุทัศน์ ยาละ",
      "false",
      "ประชาชน",
      "19862",
      "30.33",
      "2",
    ],
  ]);
  expect(lines.slice(3)).toEqual([""]);

  const ge = await pathsOf(request, "general-election-2566");
  const json = await request.get(`/elections/${ge.id}/results.json`);
  expect(json.headers()["content-type"]).toContain("application/json");
  const doc = (await json.json()) as {
    election: { title: string; polling_day: string };
    contests: { area: string; candidates: unknown[] }[];
  };
  expect(doc.election).toMatchObject({ title: GE_TITLE, polling_day: "2023-05-14" });
  expect(doc.contests.map((c) => c.area)).toEqual(["เขต 1", "เขต 2", "เขต 3", "เขต 4", "เขต 5", "เขต 6", "เขต 7"]);
  expect(doc.contests.every((c) => c.candidates.length >= 2)).toBe(true);
});

test("link previews carry the key figures", async ({ request }) => {
  const by7 = await pathsOf(request, "by-election-district-7-2568");
  const html = await (await request.get(by7.contests[0]!)).text();
  expect(html).toMatch(/<meta property="og:title" content="ส.ส. แบบแบ่งเขต เขต 7 · /);
  expect(html).toMatch(
    /<meta property="og:description" content="[^"]*ผู้ชนะ หมายเลข 1 นายสง่า พรมเมือง \(เพื่อไทย\) 45,615 คะแนน \(69\.67%\)[^"]*ผู้มาใช้สิทธิ 59\.19%/,
  );
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${by7.contests[0]}"`));
});

test("a missing, wrong or extra slug redirects permanently to the canonical address", async ({ request }) => {
  const ge = await pathsOf(request, "general-election-2566");
  for (const from of [`/elections/${ge.id}`, `/elections/${ge.id}/wrong-slug`, `${ge.election}/extra`]) {
    for (let i = 0; i < 2; i++) {
      const res = await request.get(from, { maxRedirects: 0 });
      expect([301, 308]).toContain(res.status());
      expect(
        res
          .headersArray()
          .filter((h) => h.name.toLowerCase() === "location")
          .map((h) => h.value),
      ).toEqual([ge.election]);
    }
  }
});

test("bad election addresses answer 404, never 500", async ({ request }) => {
  const ge = await pathsOf(request, "general-election-2566");
  const by7 = await pathsOf(request, "by-election-district-7-2568");
  const contestId = ge.contests[0]!.split("/").at(-1)!;
  const bad = [
    "/elections/abc",
    "/elections/0",
    "/elections/-1",
    "/elections/01",
    "/elections/1e3",
    "/elections/99999999",
    "/elections/99999999999999999999",
    "/elections/%E0%B8%81",
    "/elections/x/y/z",
    `/elections/${ge.id}/contests/abc`,
    `/elections/${ge.id}/contests/0`,
    `/elections/${ge.id}/contests/99999999`,
    `/elections/${by7.id}/contests/${contestId}`, // a contest of another election
    "/elections/abc/results.csv",
    "/elections/99999999/results.json",
    `/elections/${by7.id}/contests/${contestId}/status.json`,
  ];
  for (const url of bad) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
  }
});

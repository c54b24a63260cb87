import { expect, test } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";
import { fillLoginForm } from "../helpers/e2e-login";
import { E2E_PHAYAO_EDITOR, E2E_USERS } from "../helpers/e2e-users";

// The 2566 general election exists once, at the central office; Chiang Rai's results (official)
// and Phayao's constituencies are its parts. The central site shows the country's picture built
// from them; when Phayao's editor enters a count on Phayao's site, an open national page shows it
// by itself, and Phayao's own page leads to the national one.

test.skip(laterZoneRun, ONCE);

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
const at = (host: string, path = "/") => `http://${host}.localhost:${base.port}${path}`;

test("the central site adds up the provinces: every province's count, seats by party, open data", async ({ page }) => {
  await page.goto(at("ect", "/elections"));
  await expect(page.getByRole("main")).toContainText(/รายงานผลแล้ว 2 จาก 7\d\s*จังหวัด/);
  await page.getByRole("link", { name: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "ภาพรวมทั้งประเทศ" })).toBeVisible();

  const north = page.getByRole("table", { name: "ภาคเหนือ" });
  // Chiang Rai's seven (all official in the seed; the staff import test may have reopened some).
  await expect(north.getByRole("row", { name: /เชียงราย/ })).toContainText(/นับแล้ว \d จาก 7 เขต/);
  await expect(north.getByRole("row", { name: /เชียงราย/ })).toContainText("944,019");
  await expect(north.getByRole("row", { name: /พะเยา/ })).toContainText(/นับแล้ว \d จาก 3 เขต/);
  await expect(north.getByRole("row", { name: /น่าน/ })).toContainText("ยังไม่มีข้อมูล");
  const south = page.getByRole("table", { name: "ภาคใต้" });
  await expect(south.getByRole("row")).toHaveCount(15);
  await expect(page.getByRole("img", { name: /^กราฟแท่งจำนวนเขตที่ชนะหรือนำอยู่ แยกตามพรรค: / })).toBeVisible();
  await expectAccessible(page, "national election page");

  // Open data: a CSV row per province.
  // (Fetched by the page: Node cannot resolve *.localhost.)
  const href = await page.getByRole("link", { name: "ไฟล์ CSV ผลรายจังหวัด" }).getAttribute("href");
  const csv = await page.evaluate(async (url) => {
    const res = await fetch(url!);
    return { status: res.status, text: await res.text() };
  }, href);
  expect(csv.status).toBe(200);
  const lines = csv.text.split("\r\n");
  expect(lines.length).toBeGreaterThanOrEqual(79); // 77 provinces (and any office added since)
  expect(lines.find((l) => l.startsWith("chiangrai,"))).toMatch(/^chiangrai,เชียงราย,7,\d,[A-Z_]+,944019,/);

  // A province's name leads to its own page of the election, which leads back.
  await north.getByRole("link", { name: "เชียงราย" }).click();
  await expect(page).toHaveURL(new RegExp(`^${at("chiangrai", "/elections/")}\\d+/general-election-2566$`));
  await page.getByTestId("national-link").click();
  await expect(page).toHaveURL(new RegExp(`^${at("ect", "/elections/")}\\d+/general-election-2566$`));
});

test("Phayao's editor enters a count on Phayao's site; the open national page shows it by itself", async ({
  page: editor,
  browser,
}) => {
  test.setTimeout(120_000);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(at("ect", "/elections"));
  await visitor.getByRole("link", { name: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566" }).click();
  const phayao = visitor.getByRole("table", { name: "ภาคเหนือ" }).getByRole("row", { name: /พะเยา/ });
  const status = visitor.getByTestId("refresh-status");
  await expect(status).toHaveText("หน้านี้ปรับปรุงผลคะแนนให้เองทุก 20 วินาทีขณะเปิดดูอยู่");
  await visitor.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  await editor.goto(at("phayao", "/admin/login"));
  await fillLoginForm(editor, E2E_PHAYAO_EDITOR);
  await expect(editor.getByRole("button", { name: "ออกจากระบบ" })).toBeVisible({ timeout: 20_000 });
  await editor.goto(at("phayao", "/admin/elections"));
  await editor.getByRole("link", { name: /การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ\.ศ\. 2566 จังหวัดพะเยา/ }).click();
  // The election names the national one it is part of.
  await expect(editor.getByLabel("เป็นส่วนหนึ่งของการเลือกตั้งระดับประเทศ")).toHaveValue(/^\d+$/);
  await editor.getByRole("link", { name: "ส.ส. แบบแบ่งเขต เขต 2" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "ส.ส. แบบแบ่งเขต เขต 2" })).toBeVisible();
  // A different number of voters on each run, so that every run is a change.
  const came = 700 + (Date.now() % 200);
  const figures: [string, number][] = [
    ["ผู้มีสิทธิเลือกตั้ง", 100_000],
    ["หน่วยเลือกตั้งทั้งหมด", 10],
    ["หน่วยที่นับแล้ว", 10],
    ["ผู้มาใช้สิทธิ", came],
    ["บัตรดี", came - 50],
    ["บัตรเสีย", 30],
    ["ไม่ประสงค์ลงคะแนน", 20],
  ];
  for (const [label, value] of figures) await editor.getByLabel(label, { exact: true }).fill(String(value));
  await editor.getByLabel("สถานะ", { exact: true }).selectOption("COUNTING");
  // No candidates yet on the first run: add a row.
  if ((await editor.getByLabel("ผู้สมัครแถวที่ 1: หมายเลข").count()) === 0)
    await editor.getByRole("button", { name: "+ เพิ่มผู้สมัคร" }).click();
  await editor.getByLabel("ผู้สมัครแถวที่ 1: หมายเลข").fill("1");
  await editor.getByLabel("ผู้สมัครแถวที่ 1: ชื่อผู้สมัคร").fill("ผู้สมัครตัวอย่าง หมายเลข 1");
  await editor.getByLabel("ผู้สมัครแถวที่ 1: พรรค").fill("พรรคตัวอย่าง");
  await editor.getByLabel("ผู้สมัครแถวที่ 1: คะแนน").fill(String(came - 50));
  await editor.getByRole("button", { name: "บันทึกผลคะแนน" }).click();
  await expect(editor.getByText("บันทึกผลคะแนนแล้ว")).toBeVisible();

  // Within one polling interval (20 s) and a render, the open national page shows it in place.
  await expect(status).toHaveText(/^ปรับปรุงผลคะแนนแล้ว เวลา \d{2}\.\d{2} น\.$/, { timeout: 60_000 });
  await expect(phayao).toContainText(/นับแล้ว [1-3] จาก 3 เขต/);
  await expect(phayao).toContainText("100,000");
  expect(await visitor.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("election night from the start: the national page asks for news before any count, and shows the first one", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `การเลือกตั้งทดสอบ ${Date.now().toString(36)}`;
  // The platform administrator (the demo admin) holds a national election at the central office…
  await admin.goto(at("ect", "/admin/login"));
  await fillLoginForm(admin, E2E_USERS.admin);
  await expect(admin.getByRole("button", { name: "ออกจากระบบ" })).toBeVisible({ timeout: 20_000 });
  await admin.goto(at("ect", "/admin/elections/new"));
  await admin.getByLabel("ชื่อการเลือกตั้ง (จำเป็น)").fill(title);
  await admin.getByLabel("วันเลือกตั้ง (จำเป็น)").fill("2027-03-28");
  await admin.getByLabel("แสดงผลการเลือกตั้งนี้บนเว็บไซต์").check();
  await admin.getByRole("button", { name: "เพิ่มการเลือกตั้ง" }).click();
  await expect(admin).toHaveURL(/\/admin\/elections\/\d+\?saved=created$/);
  const nationalPath = `/elections/${/\/admin\/elections\/(\d+)/.exec(admin.url())![1]}`;

  // …and, in Nan's staff area, Nan's part of it with one constituency not yet counted.
  await admin.goto(at("nan", "/admin/login"));
  await fillLoginForm(admin, E2E_USERS.admin);
  await expect(admin.getByRole("button", { name: "ออกจากระบบ" })).toBeVisible({ timeout: 20_000 });
  await admin.goto(at("nan", "/admin/elections/new"));
  await admin.getByLabel("ชื่อการเลือกตั้ง (จำเป็น)").fill(`${title} จังหวัดน่าน`);
  await admin.getByLabel("วันเลือกตั้ง (จำเป็น)").fill("2027-03-28");
  await admin.getByLabel("เป็นส่วนหนึ่งของการเลือกตั้งระดับประเทศ").selectOption({ label: title });
  await admin.getByLabel("แสดงผลการเลือกตั้งนี้บนเว็บไซต์").check();
  await admin.getByRole("button", { name: "เพิ่มการเลือกตั้ง" }).click();
  await expect(admin).toHaveURL(/\/admin\/elections\/\d+\?saved=created$/);
  await admin.getByRole("link", { name: "+ เพิ่มเขต" }).click();
  await admin.getByLabel("ตำแหน่ง (จำเป็น)").fill("ส.ส. แบบแบ่งเขต");
  await admin.getByLabel("เขต (จำเป็น)").fill("เขต 1");
  await admin.getByRole("button", { name: "เพิ่มเขต" }).click();
  await expect(admin.getByRole("button", { name: "บันทึกผลคะแนน" })).toBeVisible();

  // A reader opens the national page before any count: it says it will refresh itself.
  const visitor = await (await browser.newContext()).newPage();
  const nan = visitor.getByRole("table", { name: "ภาคเหนือ" }).getByRole("row", { name: /น่าน/ });
  await expect(async () => {
    await visitor.goto(at("ect", nationalPath));
    await expect(nan).toContainText("นับแล้ว 0 จาก 1 เขต", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const status = visitor.getByTestId("refresh-status");
  await expect(status).toHaveText("หน้านี้ปรับปรุงผลคะแนนให้เองทุก 20 วินาทีขณะเปิดดูอยู่");

  // Nan starts counting: the open page shows it by itself.
  for (const [label, value] of [
    ["ผู้มีสิทธิเลือกตั้ง", 1000],
    ["หน่วยเลือกตั้งทั้งหมด", 2],
    ["หน่วยที่นับแล้ว", 1],
    ["ผู้มาใช้สิทธิ", 300],
    ["บัตรดี", 280],
    ["บัตรเสีย", 10],
    ["ไม่ประสงค์ลงคะแนน", 10],
  ] as const)
    await admin.getByLabel(label, { exact: true }).fill(String(value));
  await admin.getByLabel("สถานะ", { exact: true }).selectOption("COUNTING");
  await admin.getByRole("button", { name: "+ เพิ่มผู้สมัคร" }).click();
  await admin.getByLabel("ผู้สมัครแถวที่ 1: หมายเลข").fill("1");
  await admin.getByLabel("ผู้สมัครแถวที่ 1: ชื่อผู้สมัคร").fill("ผู้สมัครตัวอย่าง");
  await admin.getByLabel("ผู้สมัครแถวที่ 1: คะแนน").fill("280");
  await admin.getByRole("button", { name: "บันทึกผลคะแนน" }).click();
  await expect(admin.getByText("บันทึกผลคะแนนแล้ว")).toBeVisible();
  await expect(status).toHaveText(/^ปรับปรุงผลคะแนนแล้ว เวลา \d{2}\.\d{2} น\.$/, { timeout: 60_000 });
  await expect(nan).toContainText("30.00%");
});

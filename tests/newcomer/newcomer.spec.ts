import { expect, test } from "@playwright/test";

// The newcomer's first session, on a site started exactly as the README says (`npm start`, embedded
// database, demo content): sign in with the password `npm start` printed, which opens only the
// change-password form; set one's own password and sign in with it; write a post with a PDF,
// schedule it two minutes ahead, touch nothing, and see it on the home page on time. The printed
// password then opens nothing. tests/run-all.ts starts the site and passes what it printed.

const email = process.env.NEWCOMER_EMAIL ?? "";
const password = process.env.NEWCOMER_PASSWORD ?? "";
const stamp = Date.now().toString(36);
const mine = `รหัสผ่านของฉันเอง ${stamp}`;
const title = `ประกาศรับสมัครผู้ช่วยเจ้าหน้าที่ ${stamp}`;
const pdfName = `ประกาศรับสมัคร-${stamp}.pdf`;

function pdfBytes(): Buffer {
  const body = "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n";
  const xref = `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000053 00000 n \n`;
  return Buffer.from(`%PDF-1.4\n${body}${xref}trailer<</Size 3/Root 1 0 R>>\nstartxref\n${9 + body.length}\n%%EOF\n`);
}

/** The whole minute at least `leadMs` from now, and its Bangkok wall time for the form. */
function minuteAhead(leadMs: number): { due: Date; input: string } {
  const due = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Bangkok",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(due)
      .map((x) => [x.type, x.value]),
  );
  return { due, input: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` };
}

test("sign in with the printed password, replace it with one's own, write a post with a PDF, schedule it two minutes ahead, see it on the home page on time", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  expect(email, "npm start printed the demo sign-in").not.toBe("");

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/admin/login");
  const login = page.getByRole("form", { name: "เข้าสู่ระบบ" });
  await login.getByLabel("อีเมล").fill(email);
  await login.getByLabel("รหัสผ่าน").fill(password);
  await login.getByRole("button", { name: "เข้าสู่ระบบ" }).click();

  // The printed password opens the change-password form and nothing else.
  await expect(page.getByRole("heading", { level: 1, name: "บัญชีของฉัน" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "โปรดตั้งรหัสผ่านของคุณเองก่อนเริ่มใช้งาน" })).toBeVisible();
  await page.goto("/admin/posts/new");
  await expect(page).toHaveURL(/\/admin\/account$/);

  await page.getByLabel("รหัสผ่านปัจจุบัน").fill("ไม่ใช่รหัสนี้แน่นอน");
  await page.getByLabel(/^รหัสผ่านใหม่/).fill(mine);
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill(mine);
  await page.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await expect(page.getByText("รหัสผ่านปัจจุบันไม่ถูกต้อง").first()).toBeVisible();

  await page.getByLabel("รหัสผ่านปัจจุบัน").fill(password);
  await page.getByLabel(/^รหัสผ่านใหม่/).fill(mine);
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill(mine);
  await page.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await expect(page.getByRole("status").filter({ hasText: "เปลี่ยนรหัสผ่านแล้ว โปรดเข้าสู่ระบบด้วยรหัสผ่านใหม่" })).toBeVisible();

  await login.getByLabel("อีเมล").fill(email);
  await login.getByLabel("รหัสผ่าน").fill(mine);
  await login.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^สวัสดี/ })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("link", { name: "+ เขียนข่าวใหม่" }).click();
  await page.getByRole("textbox", { name: "หัวข้อ" }).fill(title);
  await page.getByLabel("หมวด").selectOption({ label: "ข่าวประกาศ" });
  await page.getByLabel("สรุปย่อ").fill("เปิดรับสมัครผู้ช่วยเจ้าหน้าที่ประจำหน่วยเลือกตั้ง");
  const files = page.getByRole("group", { name: "เอกสารแนบ" });
  await files
    .locator('input[type="file"]')
    .setInputFiles({ name: pdfName, mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(files.getByRole("link", { name: pdfName })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);
  const postId = Number(/\/admin\/posts\/(\d+)/.exec(page.url())![1]);

  const { due, input } = minuteAhead(120_000);
  await page.getByText("ตั้งเวลาเผยแพร่", { exact: true }).click();
  await page.getByLabel("วันและเวลาเผยแพร่ (เวลาประเทศไทย)").fill(input);
  await page.getByRole("button", { name: "บันทึกเวลาเผยแพร่" }).click();
  await expect(page.getByText("ตั้งเวลาเผยแพร่แล้ว", { exact: false }).first()).toBeVisible();
  await context.close();

  const before = await request.get("/");
  expect(await before.text()).not.toContain(title);

  // Nothing visits the site until the minute has passed: only the server's scheduler can publish.
  // A real sleep, part of what is tested: the server's clock is not pinned, its scheduler must act.
  await new Promise((r) => setTimeout(r, due.getTime() - Date.now() + 1_000));
  await expect.poll(async () => (await request.get("/")).text(), { timeout: 5_000, intervals: [500] }).toContain(title);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/posts/${postId}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const pdf = reader.getByRole("link", { name: pdfName });
  await expect(pdf).toBeVisible();
  const download = await request.get((await pdf.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
});

test("afterwards the printed password no longer signs in; the newcomer's own does", async ({ page }) => {
  await page.goto("/admin/login");
  const login = page.getByRole("form", { name: "เข้าสู่ระบบ" });
  await login.getByLabel("อีเมล").fill(email);
  await login.getByLabel("รหัสผ่าน").fill(password);
  await login.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(login.getByRole("alert")).toHaveText("อีเมลหรือรหัสผ่านไม่ถูกต้อง");

  await login.getByLabel("อีเมล").fill(email);
  await login.getByLabel("รหัสผ่าน").fill(mine);
  await login.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^สวัสดี/ })).toBeVisible({ timeout: 20_000 });
});

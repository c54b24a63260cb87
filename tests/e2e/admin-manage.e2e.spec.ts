import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { screenshot } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";

// The admin's journey: create an editor (the one-time password is shown once and works), change
// the office phone (the public footer shows it at once), add an event (it appears on the public
// calendar on the right Bangkok day), and read the audit log with before/after of each step.
// The e2e database is shared by the runs under each server time zone: names carry a stamp.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const editorEmail = `editor-${stamp}@example.go.th`;
const editorName = `บรรณาธิการทดสอบ ${stamp}`;
const eventTitle = `ประชุมซักซ้อมการนับคะแนน ${stamp}`;
// Distinct per run so that a number left by an earlier run cannot make the check pass.
const newPhone = `053 ${String(100 + (Date.now() % 900)).padStart(3, "0")} ${String(Date.now() % 1000).padStart(3, "0")}`;
let adminPage: Page;
let oldPhone = "";
let oneTimePassword = "";

async function staffPage(browser: Browser, who: keyof typeof E2E_USERS): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, E2E_USERS[who]);
  return page;
}

test.beforeAll(async ({ browser }) => {
  adminPage = await staffPage(browser, "admin");
});

test("admin creates an editor and sees the one-time password once", async ({ browser }) => {
  const page = adminPage;
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "+ เพิ่มผู้ใช้" }).click();
  await expect(page.getByRole("heading", { name: "เพิ่มผู้ใช้" })).toBeVisible();

  // A refused save keeps what was typed and says why under the field.
  await page.getByLabel("ชื่อ-นามสกุล").fill(editorName);
  await page.getByLabel("อีเมล").fill("ไม่ใช่อีเมล");
  await page.getByRole("button", { name: "สร้างบัญชี" }).click();
  await expect(page.locator("#email-error")).toContainText("รูปแบบอีเมลไม่ถูกต้อง");
  await expect(page.getByLabel("ชื่อ-นามสกุล")).toHaveValue(editorName);
  await expect(page.getByLabel("อีเมล")).toHaveAttribute("aria-describedby", /email-error/);

  await page.getByLabel("อีเมล").fill(editorEmail);
  await page.getByLabel("บทบาท").selectOption("EDITOR");
  await page.getByRole("button", { name: "สร้างบัญชี" }).click();
  const box = page.getByTestId("one-time-password");
  await expect(box).toBeVisible();
  oneTimePassword = (await box.getByLabel("รหัสผ่านชั่วคราว").textContent())?.trim() ?? "";
  expect(oneTimePassword).toMatch(/^\S{10,}$/);
  await screenshot(page, "admin-manage-01-user-created");

  // Shown once: the user's page never shows it again.
  await page.getByRole("link", { name: "ไปที่หน้าผู้ใช้นี้" }).click();
  await expect(page.getByRole("heading", { name: editorName })).toBeVisible();
  await expect(page.getByText(oneTimePassword)).toHaveCount(0);

  // The password works, but only to replace it: the new editor is sent to the change-password
  // form first, then signs in with their own and is refused the admin-only pages.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, { email: editorEmail, password: oneTimePassword });
  await expect(editor).toHaveURL(/\/admin\/account$/);
  const own = "รหัสผ่านของบรรณาธิการใหม่ 2569";
  await editor.getByLabel("รหัสผ่านปัจจุบัน").fill(oneTimePassword);
  await editor.getByLabel(/^รหัสผ่านใหม่/).fill(own);
  await editor.getByLabel("ยืนยันรหัสผ่านใหม่").fill(own);
  await editor.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await editor.waitForURL((u) => u.pathname === "/admin/login");
  await signIn(editor, { email: editorEmail, password: own });
  const res = await editor.goto("/admin/users");
  expect(res?.status()).toBe(403);
  await expect(editor.getByRole("heading", { name: /ไม่มีสิทธิ์/ })).toBeVisible();
  await expect(editor.getByText(E2E_USERS.admin.email)).toHaveCount(0);
  await screenshot(editor, "admin-manage-02-editor-forbidden");
  await editor.context().close();
});

test("admin changes the phone number and the public footer shows it right away", async () => {
  const page = adminPage;
  await page.goto("/admin/settings");
  const phone = page.getByLabel(/^โทรศัพท์/);
  oldPhone = await phone.inputValue();

  // Bad values are refused field by field, and nothing is saved.
  await phone.fill("12345");
  await page.getByLabel("ลิงก์ Facebook").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "บันทึกการตั้งค่า" }).click();
  await expect(page.locator("#phone-error")).toContainText("รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง");
  await expect(page.locator("#facebookUrl-error")).toContainText("https://");
  await expect(page.getByText(/มีข้อมูลที่ต้องแก้ไข 2 รายการ/)).toBeVisible();
  await screenshot(page, "admin-manage-03-settings-errors");

  await page.reload();
  await page.getByLabel(/^โทรศัพท์/).fill(newPhone);
  await page.getByRole("button", { name: "บันทึกการตั้งค่า" }).click();
  await expect(page.getByText("บันทึกการตั้งค่าแล้ว", { exact: false })).toBeVisible();

  await page.goto("/");
  await expect(page.locator("footer")).toContainText(`โทรศัพท์ ${newPhone}`);
});

test("admin adds an event at 00:30 Bangkok time and it appears on that day of the public calendar", async () => {
  const page = adminPage;
  await page.goto("/admin/events?month=2570-03");
  await page.getByRole("link", { name: "+ เพิ่มกิจกรรม" }).click();
  await page.getByLabel("ชื่อกิจกรรม").fill(eventTitle);
  await page.getByLabel("สถานที่").fill("ห้องประชุมชั้น 2");
  await page.getByLabel("วันที่เริ่ม").fill("2027-03-10");
  // The Buddhist-era day is written out beside the native date input.
  await expect(page.getByTestId("startDate-be")).toHaveText("ตรงกับวันพุธที่ 10 มีนาคม พ.ศ. 2570");
  await page.getByLabel("เวลาเริ่ม").fill("00:30");
  await expect(page.getByTestId("startTime-th")).toHaveText("เวลา 00.30 น.");
  await page.getByLabel("เวลาสิ้นสุด").fill("02:00");
  await screenshot(page, "admin-manage-04-event-form");
  await page.getByRole("button", { name: "เพิ่มกิจกรรม" }).click();
  await expect(page.getByRole("status").filter({ hasText: "เพิ่มกิจกรรมแล้ว" })).toBeVisible();

  await page.goto("/calendar/2570-03");
  const item = page
    .getByRole("region", { name: "กิจกรรมเดือนมีนาคม 2570" })
    .getByRole("listitem")
    .filter({ hasText: eventTitle });
  await expect(item).toContainText("วันพุธที่ 10 มีนาคม พ.ศ. 2570 เวลา 00.30–02.00 น.");
  await expect(page.locator('td[data-day="2027-03-10"]')).toContainText(eventTitle);
});

test("two people edit the same event: the later save is refused and keeps what was typed", async () => {
  const first = adminPage;
  await first.goto("/admin/events?month=2570-03");
  await first.getByRole("link", { name: eventTitle }).click();
  await expect(first.getByRole("heading", { name: "แก้ไขกิจกรรม" })).toBeVisible();
  const second = await first.context().newPage();
  await second.goto(first.url());

  await first.getByLabel("สถานที่").fill("ห้องประชุมชั้น 3");
  await first.getByRole("button", { name: "บันทึกการแก้ไข" }).click();
  await expect(first.getByText("บันทึกการแก้ไขแล้ว")).toBeVisible();

  await second.getByLabel("สถานที่").fill("หอประชุมอำเภอ");
  await second.getByRole("button", { name: "บันทึกการแก้ไข" }).click();
  await expect(second.getByText(/บันทึกไม่ได้: มีผู้อื่นแก้ไขกิจกรรมนี้ไปแล้ว/)).toBeVisible();
  await expect(second.getByLabel("สถานที่")).toHaveValue("หอประชุมอำเภอ");
  await expect(second.getByLabel("เวลาเริ่ม")).toHaveValue("00:30");
  await screenshot(second, "admin-manage-05-event-conflict");
  await second.close();
});

test("the audit log shows those actions, with before and after", async () => {
  const page = adminPage;
  await page.goto("/admin/audit");
  const rows = page.getByTestId("audit-row");

  const settings = rows.filter({ hasText: "แก้ไขการตั้งค่าเว็บไซต์" }).filter({ hasText: newPhone }).first();
  await expect(settings).toContainText(E2E_USERS.admin.name);
  await expect(settings.getByRole("row", { name: /โทรศัพท์/ })).toContainText(oldPhone);
  await expect(settings.getByRole("row", { name: /โทรศัพท์/ })).toContainText(newPhone);

  const created = rows.filter({ hasText: "สร้างบัญชีผู้ใช้" }).filter({ hasText: editorEmail });
  await expect(created).toContainText("บรรณาธิการ");
  await expect(created).not.toContainText(oneTimePassword);

  const event = rows.filter({ hasText: "เพิ่มกิจกรรม" }).filter({ hasText: eventTitle });
  await expect(event).toContainText("10 มี.ค. 2570 เวลา 00.30 น.");
  await screenshot(page, "admin-manage-06-audit-log");

  // Filtered to settings changes only.
  await page.getByLabel("ประเภท").selectOption("settings");
  await page.getByRole("button", { name: "กรอง" }).click();
  await expect(page).toHaveURL(/entity=settings/);
  await expect(rows.filter({ hasText: "เพิ่มกิจกรรม" })).toHaveCount(0);
});

test("deleting the event asks once; then it is gone from the staff list and the public calendar", async () => {
  const page = adminPage;
  await page.goto("/admin/events?month=2570-03");
  await page.getByRole("link", { name: eventTitle }).click();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "ลบกิจกรรมนี้" }).click();
  await page.waitForURL(/\/admin\/events\?month=2570-03&saved=deleted/);
  await expect(page.getByRole("link", { name: eventTitle })).toHaveCount(0);
  await page.goto("/calendar/2570-03");
  await expect(page.locator("main")).not.toContainText(eventTitle);
});

// Leave the shared demo office as it was for the other specs, even after a failure.
test.afterAll(async () => {
  if (oldPhone) {
    await adminPage.goto("/admin/settings");
    await adminPage.getByLabel(/^โทรศัพท์/).fill(oldPhone);
    await adminPage.getByRole("button", { name: "บันทึกการตั้งค่า" }).click();
    await expect(adminPage.getByText("บันทึกการตั้งค่าแล้ว", { exact: false })).toBeVisible();
  }
  await adminPage.context().close();
});

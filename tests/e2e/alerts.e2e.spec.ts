import { expect, test } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";
import { startSmtpSink, type SmtpSink, type Received } from "../helpers/smtp-sink";

// Subscribing to e-mail alerts in a browser, as a reader on a phone would: the form on the home
// page, the confirmation message (read from a real SMTP server this spec runs on the port the e2e
// server sends to: tests/run-all.ts), the confirmation page's button, the manage page, and
// unsubscribing there.

let sink: SmtpSink;

test.beforeAll(async () => {
  if (laterZoneRun) return;
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error("E2E_SMTP_PORT is not set: start the server with tests/run-all.ts or tests/e2e-serve.ts");
  sink = await startSmtpSink(port);
});

test.afterAll(async () => {
  await sink?.close();
});

async function mailTo(address: string): Promise<Received> {
  await expect
    .poll(() => sink.to(address).length, { timeout: 20_000, message: `a message to ${address}` })
    .toBeGreaterThan(0);
  return sink.to(address).at(-1)!;
}

test.use({ viewport: { width: 390, height: 844 } });

test("a reader subscribes from the home page, confirms from the message, then unsubscribes", async ({ page }) => {
  test.skip(laterZoneRun, ONCE);
  const email = `reporter.${Date.now()}@example.com`;
  await page.goto("/");
  const form = page.getByRole("region", { name: "รับข่าวทางอีเมล" });
  await form.getByLabel("อีเมล", { exact: true }).fill(email);
  await form.getByText("เลือกหมวดข่าว").click();
  // Every section is ticked on the home page: keep two.
  for (const label of ["ข่าวประกาศ", "ข่าว/กิจกรรม", "ประกาศผลการเลือกตั้ง", "ข่าวประกวดราคา", "มัลติมีเดีย", "อื่นๆ"])
    await form.getByRole("checkbox", { name: label, exact: true }).uncheck();
  await form.getByRole("radio", { name: "สรุปรายวัน เวลา 08.00 น." }).check();
  await form.getByRole("checkbox", { name: /ข้าพเจ้ายินยอม/ }).check();
  await form.getByRole("button", { name: "สมัครรับข่าว" }).click();

  await expect(page).toHaveURL(/\/alerts\?result=sent$/);
  await expect(page.getByRole("status")).toContainText("ส่งอีเมลยืนยันแล้ว");
  await expectAccessible(page, "/alerts?result=sent");

  const confirmation = await mailTo(email);
  expect(confirmation.subject).toBe("ยืนยันการรับข่าวทางอีเมลจากสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
  const link = /https?:\/\/\S+\/alerts\/confirm\/[A-Za-z0-9_-]+/.exec(confirmation.text)![0];
  // The link names the site's own address (SITE_URL); the browser opens its path here.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ยืนยันการรับข่าวทางอีเมล");
  await expect(page.locator("main")).toContainText(
    `ยืนยันให้ส่งข่าวข่าวประชาสัมพันธ์, ประกาศเกี่ยวกับการเลือกตั้ง แบบสรุปรายวัน เวลา 08.00 น. ไปที่ ${email}`,
  );
  await expectAccessible(page, "/alerts/confirm/…");
  await page.getByRole("button", { name: "ยืนยันการรับข่าว" }).click();

  await expect(page).toHaveURL(/\/alerts\/manage\/\w+\?result=confirmed$/);
  await expect(page.getByRole("status")).toHaveText("ยืนยันแล้ว ท่านจะได้รับข่าวตามที่เลือกไว้ด้านล่าง");
  await expect(page.getByRole("checkbox", { name: "ข่าวประชาสัมพันธ์", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "ข่าวประกาศ", exact: true })).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "สรุปรายวัน เวลา 08.00 น." })).toBeChecked();
  await expectAccessible(page, "/alerts/manage/…");

  // The link works once: opened again, it says so.
  await page.goto(new URL(link).pathname);
  await expect(page.locator("main").getByRole("alert")).toContainText("ลิงก์นี้ใช้ไม่ได้หรือหมดอายุแล้ว");
  await page.goBack();

  await page.getByRole("button", { name: "ยกเลิกการรับข่าวทางอีเมล" }).click();
  await expect(page.getByRole("status")).toHaveText("ยกเลิกการรับข่าวแล้ว ระบบจะไม่ส่งอีเมลข่าวมาอีก");
  await expect(page.locator("main")).toContainText("ไม่ได้รับข่าวทางอีเมลแล้ว");
  // Only the confirmation was ever sent.
  expect(sink.to(email)).toHaveLength(1);
});

test("a section's listing offers its own section, ticked", async ({ page }) => {
  test.skip(laterZoneRun, ONCE);
  await page.goto("/news/procurement");
  const form = page.getByRole("region", { name: "รับข่าวทางอีเมล" });
  await form.getByText("เลือกหมวดข่าว").click();
  await expect(form.getByRole("checkbox", { name: "ข่าวประกวดราคา", exact: true })).toBeChecked();
  await expect(form.getByRole("checkbox", { checked: true })).toHaveCount(1);
});

import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

// Which office a request is for comes from its host name (lib/offices/hosts.ts): every office
// answers on <code>.localhost (Chromium reaches *.localhost without DNS) with its own site and
// nothing of another office's; a name that is no office's gets the list of offices.

test.skip(laterZoneRun, ONCE);

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
const at = (host: string, path = "/") => `http://${host}.localhost:${base.port}${path}`;

/** A request with a Host header of our choosing, as a client can send (fetch cannot). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("each office's host name serves that office's own site, and nothing of another's", async ({ page }) => {
  expect((await page.goto(at("chiangrai")))?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
  await page.goto(at("chiangrai", "/posts/1"));
  const title = await page.getByRole("heading", { level: 1 }).textContent();

  expect((await page.goto(at("nan")))?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน");
  await expect(page.getByRole("contentinfo")).not.toContainText("เชียงราย");
  // Chiang Rai's post by its permanent address, and by search: not on Nan's site.
  expect((await page.goto(at("nan", "/posts/1")))?.status()).toBe(404);
  await page.goto(at("nan", `/search?q=${encodeURIComponent(title ?? "")}`));
  await expect(page.getByRole("heading", { name: "พบ 0 รายการ" })).toBeVisible();
  // The feed (Node cannot resolve *.localhost: the Host header says it).
  const xml = (await get("/feed.xml", { host: `nan.localhost:${base.port}` })).body;
  expect(xml).toContain(`<link>${at("nan")}</link>`);
  expect(xml).not.toContain("เชียงราย");
});

test("a host name that is no office's gets the Thai list of offices, whatever the address, and it leads on", async ({
  page,
}) => {
  for (const path of ["/", "/posts/1", "/feed.xml", "/files/1/x.pdf", "/admin"]) {
    const res = await get(path, { host: "www.evil.example" });
    expect(res.status, path).toBe(404);
    expect(res.body, path).toContain("ไม่พบเว็บไซต์ของสำนักงานที่ที่อยู่นี้");
    expect(res.body, path).not.toContain("ข่าวประชาสัมพันธ์");
  }
  expect((await page.goto(at("phuket-typo")))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ไม่พบเว็บไซต์ของสำนักงานที่ที่อยู่นี้");
  const table = page.getByRole("table", { name: "เว็บไซต์สำนักงานคณะกรรมการการเลือกตั้ง 78 แห่ง" });
  await expect(table.getByRole("row")).toHaveCount(79);
  await table.getByRole("link", { name: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน" }).click();
  await expect(page).toHaveURL(at("nan"));
  await expect(page.getByRole("banner")).toContainText("น่าน");
});

test("behind the trusted proxy (TRUSTED_PROXIES=1 here), the host name it passes on picks the office", async () => {
  const res = await get("/", { host: base.host, "x-forwarded-host": `nan.localhost:${base.port}` });
  expect(res.status).toBe(200);
  expect(res.body).toContain("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน");
  expect(res.body).not.toContain("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
});

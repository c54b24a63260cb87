import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { exeBytes, pdfBytes, pngBytes } from "../helpers/media-samples";
import { screenshot, laterZoneRun, ONCE } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";

test.skip(laterZoneRun, ONCE);

// Uploads as the browser and as a crafted request see them: who may upload, from where, what
// size and type; and in the post editor, real progress and a Thai reason for a refused file.

const base = () => test.info().project.use.baseURL ?? "http://127.0.0.1:3000";

function send(
  request: APIRequestContext,
  url: string,
  file: { name: string; buffer: Buffer; mimeType?: string },
  use = "attachment",
  origin: string | null = base(),
) {
  return request.post(url, {
    multipart: { use, file: { name: file.name, mimeType: file.mimeType ?? "application/pdf", buffer: file.buffer } },
    headers: origin ? { Origin: origin } : {},
    failOnStatusCode: false,
  });
}

async function signedIn(page: Page, who: keyof typeof E2E_USERS): Promise<APIRequestContext> {
  await signIn(page, E2E_USERS[who]);
  return page.request;
}

test("a signed-out request is refused with 401", async ({ request }) => {
  const res = await send(request, "/api/admin/uploads", { name: "a.pdf", buffer: pdfBytes() });
  expect(res.status()).toBe(401);
  expect((await res.json()).error).toBe("กรุณาเข้าสู่ระบบก่อน");
});

test("an author uploads; other sites, programs, big files and replacing are refused", async ({ page }) => {
  const request = await signedIn(page, "author");

  const ok = await send(request, "/api/admin/uploads", { name: "C:\\fakepath\\ประกาศ.pdf", buffer: pdfBytes() });
  expect(ok.status()).toBe(201);
  const { asset } = await ok.json();
  expect(asset).toMatchObject({ fileName: "ประกาศ.pdf", mimeType: "application/pdf", kind: "file" });
  const served = await request.get(asset.href);
  expect(served.headers()["content-type"]).toBe("application/pdf");
  expect((await served.body()).equals(pdfBytes())).toBe(true);
  // Opened inline, a file is sandboxed: no scripts, no site cookies, whatever it contains.
  expect(served.headers()["content-security-policy"]).toBe(
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  );
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  const foreign = await send(
    request,
    "/api/admin/uploads",
    { name: "a.pdf", buffer: pdfBytes() },
    "attachment",
    "https://evil.example",
  );
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toMatch(/ไม่ได้ส่งมาจาก/);

  const program = await send(request, "/api/admin/uploads", { name: "ประกาศ.pdf", buffer: exeBytes() });
  expect(program.status()).toBe(415);
  expect((await program.json()).error).toMatch(/^ไฟล์นี้ไม่ใช่ PDF จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/);

  const huge = Buffer.concat([pdfBytes(), Buffer.alloc(21 * 1024 * 1024)]);
  const big = await send(request, "/api/admin/uploads", { name: "big.pdf", buffer: huge });
  expect(big.status()).toBe(413);
  expect((await big.json()).error).toMatch(/^ไฟล์ใหญ่เกินไป รับได้ไม่เกิน \d+ MB ต่อไฟล์$/);

  // Replacing a published file is an editor's job.
  const replace = await send(request, `/api/admin/uploads/${asset.id}`, { name: "b.pdf", buffer: pdfBytes("other") });
  expect(replace.status()).toBe(403);
  expect((await request.get(asset.href).then((r) => r.body())).equals(pdfBytes())).toBe(true);
});

test("an editor replaces a file and its address serves the new content", async ({ page }) => {
  const request = await signedIn(page, "editor");
  const { asset } = await (
    await send(request, "/api/admin/uploads", { name: "คำสั่ง.pdf", buffer: pdfBytes("v1") })
  ).json();
  const res = await send(request, `/api/admin/uploads/${asset.id}`, {
    name: "คำสั่ง (แก้ไข).pdf",
    buffer: pdfBytes("v2"),
  });
  expect(res.status()).toBe(200);
  expect((await res.json()).asset).toMatchObject({ id: asset.id, fileName: "คำสั่ง (แก้ไข).pdf" });
  expect((await request.get(asset.href).then((r) => r.body())).equals(pdfBytes("v2"))).toBe(true);

  const wrongKind = await send(
    request,
    `/api/admin/uploads/${asset.id}`,
    { name: "x.png", buffer: await pngBytes(), mimeType: "image/png" },
    "image",
  );
  expect(wrongKind.status()).toBe(422);
  expect((await request.get(asset.href).then((r) => r.body())).equals(pdfBytes("v2"))).toBe(true);
});

test("the editor shows upload progress, lists the file, and says why a file is refused", async ({ page }) => {
  await signIn(page, E2E_USERS.author, "/admin/posts/new");
  await page.goto("/admin/posts/new");
  const files = page.getByRole("group", { name: "เอกสารแนบ" });
  const input = files.locator('input[type="file"]');

  await input.setInputFiles({ name: "ประกาศ.pdf", mimeType: "application/pdf", buffer: exeBytes() });
  await expect(files.getByRole("alert")).toContainText("ประกาศ.pdf: ไฟล์นี้ไม่ใช่ PDF จริง (เนื้อหาเป็นไฟล์โปรแกรม)");
  await expect(files.getByRole("link")).toHaveCount(0);
  await screenshot(page, "uploads-01-refused");

  // Slow the upload down (≈1 MB/s) so the progress bar is seen moving.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  const big = Buffer.concat([pdfBytes(), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
  await input.setInputFiles({ name: "คำสั่งแต่งตั้ง.pdf", mimeType: "application/pdf", buffer: big });
  const bar = files.locator("progress");
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute("value")), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(bar).toHaveAttribute("aria-valuetext", /^อัปโหลดแล้ว \d{1,3}%$/);
  await expect(files.getByText(/^\d{1,3}%$/)).toBeVisible();
  await screenshot(page, "uploads-02-progress");
  await expect(bar).toBeHidden({ timeout: 20_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  await expect(files.getByRole("status").filter({ hasText: "อัปโหลดเรียบร้อยแล้ว" })).toBeVisible();
  await expect(files.getByRole("link", { name: "คำสั่งแต่งตั้ง.pdf" })).toBeVisible();
  await expect(files.getByRole("alert")).toBeEmpty();
  await screenshot(page, "uploads-03-done");
});

test("an upload whose answer is lost on the way back is retried and lists the file once", async ({ page }) => {
  await signIn(page, E2E_USERS.author, "/admin/posts/new");
  await page.goto("/admin/posts/new");
  const files = page.getByRole("group", { name: "เอกสารแนบ" });
  const name = `ประกาศ-${Date.now().toString(36)}.pdf`;

  // The first send reaches the server, which stores the file, but the connection drops before
  // the browser hears back; later sends go through untouched.
  const seen: { key: string | null; status: number; id: number }[] = [];
  await page.route("**/api/admin/uploads", async (route) => {
    const key = route.request().headers()["idempotency-key"] ?? null;
    if (seen.length === 0) {
      const response = await route.fetch();
      seen.push({ key, status: response.status(), id: (await response.json()).asset.id });
      await route.abort("connectionreset");
      return;
    }
    const response = await route.fetch();
    seen.push({ key, status: response.status(), id: (await response.json()).asset.id });
    await route.fulfill({ response });
  });

  await files
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: "application/pdf", buffer: pdfBytes(name) });
  await expect(files.getByRole("status").filter({ hasText: "อัปโหลดเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
  await expect(files.getByRole("link", { name })).toHaveCount(1);
  await expect(files.getByRole("alert")).toBeEmpty();

  // The retry carried the same key and got the same file back (200, not a second 201).
  expect(seen).toHaveLength(2);
  expect(seen[0]).toMatchObject({ status: 201 });
  expect(seen[1]).toMatchObject({ status: 200, key: seen[0]!.key, id: seen[0]!.id });
  expect(seen[0]!.key).toMatch(/^[0-9a-f]{32}$/);
});

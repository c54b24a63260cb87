import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE, screenshot } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";
import { E2E_USERS } from "../helpers/e2e-users";
import { pngBytes, vttText, webmBytes } from "../helpers/media-samples";

// A post's uploaded video (README "Uploaded video"): an editor uploads a WebM, its poster and Thai
// captions in the post form (a file that is not a video is refused there, in Thai), publishes the
// post, and a reader's browser plays the video from /files with the captions track loaded.
// WebM because Debian's Chromium has no H.264.

const title = `คลิปเชิญชวนใช้สิทธิ ทดสอบ ${Date.now().toString(36)}`;

async function attach(page: Page, group: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const picker = page.getByRole("group", { name: group, exact: true });
  await picker.locator('input[type="file"]').setInputFiles(file);
  await expect(picker.getByRole("link", { name: file.name })).toBeVisible({ timeout: 10_000 });
}

test("staff attach a video with poster and captions; a reader's browser plays it with the captions", async ({
  browser,
}) => {
  test.skip(laterZoneRun, ONCE);
  test.setTimeout(60_000);
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, E2E_USERS.editor);
  await staff.goto("/admin/posts/new");
  await staff.getByRole("textbox", { name: "หัวข้อ" }).fill(title);
  await staff.getByLabel("หมวด").selectOption({ label: "มัลติมีเดีย" });

  // Not a video, whatever its name says: refused with the reason, nothing added.
  const videoPicker = staff.getByRole("group", { name: "ไฟล์วิดีโอ", exact: true });
  await videoPicker.locator('input[type="file"]').setInputFiles({
    name: "คลิป.mp4",
    mimeType: "video/mp4",
    buffer: Buffer.from("<html><body>not a video</body></html>"),
  });
  await expect(videoPicker.getByRole("alert")).toContainText("ไฟล์นี้ไม่ใช่ วิดีโอ MP4 จริง");
  await expect(videoPicker.getByText("ยังไม่มีไฟล์")).toBeVisible();

  await attach(staff, "ไฟล์วิดีโอ", { name: "คลิปเชิญชวน.webm", mimeType: "video/webm", buffer: webmBytes });
  await attach(staff, "ภาพตัวอย่างวิดีโอ", {
    name: "ภาพตัวอย่าง.png",
    mimeType: "image/png",
    buffer: await pngBytes(320, 180),
  });
  await attach(staff, "คำบรรยายวิดีโอ", { name: "คำบรรยาย.vtt", mimeType: "text/vtt", buffer: Buffer.from(vttText) });
  await staff.getByRole("button", { name: "บันทึก", exact: true }).click();
  await staff.waitForURL(/\/admin\/posts\/\d+/);
  const id = /\/admin\/posts\/(\d+)/.exec(staff.url())![1];
  await expect(staff.getByRole("group", { name: "ไฟล์วิดีโอ", exact: true }).getByRole("link")).toHaveText(
    "คลิปเชิญชวน.webm",
  );

  // Before publishing, the reader gets neither the page nor the video file.
  const reader = await (await browser.newContext()).newPage();
  const videoHref = await staff
    .getByRole("group", { name: "ไฟล์วิดีโอ", exact: true })
    .getByRole("link")
    .getAttribute("href");
  expect((await reader.request.get(videoHref!)).status()).toBe(404);

  await staff.getByRole("button", { name: "เผยแพร่ทันที" }).click();
  await expect(staff.getByText("เผยแพร่แล้ว").first()).toBeVisible();
  await staff.context().close();

  await reader.goto(`/posts/${id}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const video = reader.locator("article video");
  await expect(video).toHaveAttribute("preload", "none");
  await expect(video).toHaveAttribute("aria-label", `วิดีโอ: ${title}`);
  await expect(video).toHaveAttribute("poster", /^\/files\/\d+-[0-9a-f]+\//);
  await expect(video.locator("source")).toHaveAttribute("type", "video/webm");
  await expect(video.locator("source")).toHaveAttribute("src", videoHref!);
  const track = video.locator("track");
  await expect(track).toHaveAttribute("kind", "captions");
  await expect(track).toHaveAttribute("srclang", "th");
  await expect(track).toHaveAttribute("label", "ไทย");
  const download = reader.getByRole("link", { name: "ดาวน์โหลดไฟล์วิดีโอ" });
  await expect(download).toHaveAttribute("href", videoHref!);
  // The 16:9 box is laid out before anything loads: no shift when the video arrives.
  const box = await video.boundingBox();
  expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
  await expectAccessible(reader, "a post with an uploaded video", "article");
  await screenshot(reader, "uploaded-video-01-post");

  // Played from the keyboard: focus the player, press Space.
  await video.focus();
  await reader.keyboard.press("Space");
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect(await video.evaluate((v: HTMLVideoElement) => v.error)).toBeNull();
  // The captions file was served as WebVTT and read: its two Thai cues are the track's.
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) => {
        const t = v.textTracks[0];
        return t ? { kind: t.kind, mode: t.mode, cues: Array.from(t.cues ?? [], (c) => (c as VTTCue).text) } : null;
      }),
    )
    .toEqual({
      kind: "captions",
      mode: "showing",
      cues: ["ตรวจสอบรายชื่อผู้มีสิทธิเลือกตั้ง", "ไปใช้สิทธิเลือกตั้งตามวันและเวลาที่กำหนด"],
    });
  await reader.context().close();
});

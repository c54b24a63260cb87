import { expect, test } from "@playwright/test";
import { expectAccessible } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";
import { signIn } from "../helpers/e2e-login";
import { E2E_USERS } from "../helpers/e2e-users";

// A video in a post (lib/posts/video-embeds.ts): the seeded multimedia post carries a YouTube
// address as a paragraph of its own. The reader sees a play button and a link to YouTube; the page
// contacts neither YouTube nor Facebook until the button is pressed, then the player takes its
// place (youtube-nocookie.com, the only frame source the CSP allows besides Facebook's plugin).

const TITLE = 'วีดิทัศน์ประชาสัมพันธ์ "รู้ทันข่าวปลอมช่วงการเลือกตั้ง"';
const VIDEO_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|facebook\.com|fbcdn\.net)$/;

test("a video loads nothing from YouTube until the reader presses play", async ({ page }) => {
  test.skip(laterZoneRun, ONCE);
  const contacted: string[] = [];
  // No test reaches the internet: the player's address answers with a stand-in page here.
  await page.route(/youtube-nocookie\.com|facebook\.com|youtube\.com|ytimg\.com/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }),
  );
  page.on("request", (r) => {
    if (VIDEO_HOSTS.test(new URL(r.url()).hostname)) contacted.push(r.url());
  });

  await page.goto("/news/multimedia");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const play = page.getByRole("button", { name: "เล่นวิดีโอ “รู้ทันข่าวปลอมช่วงการเลือกตั้ง”" });
  await expect(play).toBeVisible();
  await expect(page.getByRole("link", { name: "เปิดดูบน YouTube" })).toHaveAttribute(
    "href",
    "https://www.youtube.com/watch?v=ectDemo2569",
  );
  await expectAccessible(page, "a post with a video", "article");
  const csp = (await page.request.get(page.url())).headers()["content-security-policy"];
  expect(csp).toContain("frame-src https://www.youtube-nocookie.com https://www.facebook.com");
  await page.waitForLoadState("networkidle");
  expect(contacted).toEqual([]);

  await play.click();
  const player = page.locator("iframe.video-frame");
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/ectDemo2569?autoplay=1");
  await expect(player).toHaveAttribute("title", "รู้ทันข่าวปลอมช่วงการเลือกตั้ง (YouTube)");
  await expect(play).toHaveCount(0);
  await expect
    .poll(() => contacted.some((u) => u.startsWith("https://www.youtube-nocookie.com/embed/ectDemo2569")))
    .toBe(true);
});

test("staff add a video by typing its address on a line of its own", async ({ page }) => {
  test.skip(laterZoneRun, ONCE);
  await page.route(/youtube-nocookie\.com|facebook\.com|youtube\.com|ytimg\.com/, (route) => route.abort());
  await signIn(page, E2E_USERS.editor);
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "หัวข้อ" }).fill(`วีดิทัศน์ทดสอบ ${Date.now()}`);
  await page.getByLabel("หมวด").selectOption({ label: "มัลติมีเดีย" });
  const editor = page.getByRole("textbox", { name: "เนื้อหา" });
  await editor.click();
  await page.keyboard.type("ชมวีดิทัศน์ได้ที่นี่");
  await page.keyboard.press("Enter");
  // Typed as staff type it: the editor turns the address into a link as the line ends.
  await page.keyboard.type("https://youtu.be/ectDemo2569 ");
  await page.keyboard.press("Enter");
  await expect(editor.locator('a[href="https://youtu.be/ectDemo2569"]')).toBeVisible();
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);
  const id = /\/admin\/posts\/(\d+)/.exec(page.url())![1];
  await page.goto(`/admin/posts/${id}/preview`);
  await expect(page.getByRole("button", { name: "เล่นวิดีโอ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "เปิดดูบน YouTube" })).toHaveAttribute(
    "href",
    "https://youtu.be/ectDemo2569",
  );
});

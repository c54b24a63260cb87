import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../helpers/e2e-users";
import { signIn } from "./login";

// "Schedule it two minutes ahead and see it appear on the home page on time without touching
// anything": an editor schedules a post for the next Bangkok minute at least 45 s away, leaves,
// and the cached home page is asked for it again only after that minute has passed. Nothing else
// visits the site in between, so only the server's own scheduler can have published it and
// refreshed the cached page.

const stamp = Date.now().toString(36);
const title = `ประกาศตั้งเวลาเผยแพร่ ทดสอบ ${stamp}`;

/** The next whole minute at least `leadMs` away, and its Bangkok wall time for the form. */
function nextMinute(leadMs: number): { due: Date; input: string } {
  const due = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(due)
      .map((x) => [x.type, x.value]),
  );
  return { due, input: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` };
}

test("a scheduled post appears on the cached home page on time, with no request in between", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "หัวข้อ" }).fill(title);
  await page.getByLabel("หมวด").selectOption({ label: "ข่าวประชาสัมพันธ์" });
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);
  const postId = Number(/\/admin\/posts\/(\d+)/.exec(page.url())![1]);

  const { due, input } = nextMinute(45_000);
  await page.getByText("ตั้งเวลาเผยแพร่", { exact: true }).click();
  await page.getByLabel("วันและเวลาเผยแพร่ (เวลาประเทศไทย)").fill(input);
  await page.getByRole("button", { name: "บันทึกเวลาเผยแพร่" }).click();
  await expect(page.getByText("ตั้งเวลาเผยแพร่แล้ว", { exact: false }).first()).toBeVisible();
  await context.close();

  // The home page is cached without the post...
  const before = await request.get("/");
  expect(before.status()).toBe(200);
  expect(await before.text()).not.toContain(title);
  expect(due.getTime() - Date.now()).toBeGreaterThan(5_000);

  // ...and nobody asks for anything until the scheduled minute has passed.
  await new Promise((r) => setTimeout(r, due.getTime() - Date.now() + 1_000));

  // The scheduler publishes within milliseconds; allow a few seconds for a slow machine.
  const until = Date.now() + 5_000;
  let html = "";
  for (;;) {
    html = await (await request.get("/")).text();
    if (html.includes(title) || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(html).toContain(title);
  const post = await request.get(`/posts/${postId}`);
  expect(post.status()).toBe(200);
  expect(await post.text()).toContain(title);
});

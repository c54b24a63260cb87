import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_USERS } from "../helpers/e2e-users";
import { signIn } from "../helpers/e2e-login";
import { lockTable, startOwnServer, type OwnServer } from "../helpers/own-server";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

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

test("a scheduled post appears on the cached home page on time, with no request in between", async ({
  browser,
  request,
}) => {
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

  // ...and nobody asks for anything until the scheduled minute has passed. A real sleep, part of
  // what is tested: the server's own clock and scheduler (not pinned) must publish with no request.
  await new Promise((r) => setTimeout(r, due.getTime() - Date.now() + 1_000));

  // The scheduler publishes within milliseconds; allow a few seconds for a slow machine.
  await expect.poll(async () => (await request.get("/")).text(), { timeout: 5_000, intervals: [500] }).toContain(title);
  const post = await request.get(`/posts/${postId}`);
  expect(post.status()).toBe(200);
  expect(await post.text()).toContain(title);
});

// ---- a publish is never followed by a cached 404 ----------------------------------------------
//
// A render that read a post just before its publish committed, and was stored in Next's page
// cache just after the refresh that followed, used to be kept as a fresh 404 for the page's 60 s
// (seen after a restart, when the scheduler published an overdue post during the first, slow
// render of its page). These tests make that order happen on purpose, on a server of their own:
// SiteSettings is locked, which every public layout reads, so the page's render reads the post and
// then waits; the post is published and the caches refreshed; then the lock is released and the
// render stores its 404. The page must answer 200 within a few seconds, not after a minute.

test.describe("a page rendered during a publish", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL: the test holds table locks on a PostgreSQL server");
  // These start a server of their own (tests/helpers/own-server.ts), whatever SERVER_TZ says.
  test.skip(laterZoneRun, ONCE);
  test.setTimeout(180_000);

  let server: OwnServer;
  let sql: pg.Client;
  const posts: number[] = [];

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startOwnServer();
    sql = new pg.Client({ connectionString: server.databaseUrl });
    await sql.connect();
    // Unpublished posts of the seed; each test makes one of them public in its own way.
    const rows = await sql.query<{ id: number }>(
      `SELECT id FROM "Post" WHERE status IN ('DRAFT', 'IN_REVIEW') ORDER BY id`,
    );
    posts.push(...rows.rows.map((r) => r.id));
    expect(posts.length).toBeGreaterThanOrEqual(3);
  });

  test.afterAll(async () => {
    await sql?.end();
    await server?.close();
  });

  const count = async (query: string, params: unknown[] = []) =>
    (await sql.query<{ n: number }>(query, params)).rows[0]!.n;

  /** Requests the post's page with every public render held after it has read the post. */
  async function holdPostPage(postId: number): Promise<{ release(): Promise<number> }> {
    const unlock = await lockTable(server.databaseUrl, "SiteSettings", "ACCESS EXCLUSIVE");
    const status = fetch(`${server.url}/posts/${postId}`).then((r) => r.status);
    await expect
      .poll(
        () =>
          count(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%"SiteSettings"%'`,
          ),
        { message: "the page's render reached the locked table", timeout: 30_000, intervals: [100] },
      )
      .toBeGreaterThan(0);
    // ...and its read of the post is over: waited for up to 5 s, not asserted (as before).
    await expect
      .poll(
        () =>
          count(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%"Post"%' AND pid <> pg_backend_pid()`,
          ),
        { timeout: 5_000, intervals: [100] },
      )
      .toBe(0)
      .catch(() => undefined);
    return {
      async release() {
        await unlock();
        return status;
      },
    };
  }

  /** The post's page answers 200 within 15 s (asked every 250 ms). */
  async function expectPublicSoon(postId: number): Promise<void> {
    await expect
      .poll(async () => (await fetch(`${server.url}/posts/${postId}`, { redirect: "manual" })).status, {
        timeout: 15_000,
        intervals: [250],
      })
      .toBe(200);
  }

  /**
   * The scheduler wakes at least every 30 s. It logs the refresh that follows a publish; before
   * that log line existed, the refresh came within milliseconds of the publish.
   */
  async function scheduledAndRefreshed(postId: number): Promise<void> {
    const published = `\\[scheduler\\] published post\\(s\\) (\\d+, )*${postId}\\b`;
    await server.waitForOutput(new RegExp(published));
    await server
      .waitForOutput(new RegExp(`${published}[\\s\\S]*\\[scheduler\\] public pages refreshed`), 5_000)
      // Should the line not come, a fixed second stands in for it: nothing else shows the refresh.
      .catch(() => new Promise((r) => setTimeout(r, 1_000)));
  }

  const status = async (id: number) =>
    (await sql.query<{ status: string }>(`SELECT status FROM "Post" WHERE id = $1`, [id])).rows[0]!.status;

  test("an editor publishes it: the page answers 200 within seconds", async ({ browser }) => {
    const postId = posts[0]!;
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, E2E_USERS.editor);
    await page.goto(`/admin/posts/${postId}`);

    const held = await holdPostPage(postId);
    await page.getByRole("button", { name: "เผยแพร่ทันที" }).click();
    await expect(page.getByText("เผยแพร่แล้ว").first()).toBeVisible();
    expect(await status(postId)).toBe("PUBLISHED");
    expect(await held.release(), "the held render read the post before it was published").toBe(404);

    await expectPublicSoon(postId);
    await context.close();
  });

  test("the scheduler publishes it: the page answers 200 within seconds", async () => {
    const postId = posts[1]!;
    // The scheduler's transaction waits at its audit entry until the page has read the post.
    const unlockAudit = await lockTable(server.databaseUrl, "AuditLog", "EXCLUSIVE");
    let held: { release(): Promise<number> } | undefined;
    try {
      await sql.query(
        `UPDATE "Post" SET status = 'SCHEDULED', "scheduledAt" = now() - interval '1 minute' WHERE id = $1`,
        [postId],
      );
      held = await holdPostPage(postId);
    } finally {
      await unlockAudit();
    }
    // The scheduler wakes at least every 30 s.
    await scheduledAndRefreshed(postId);
    expect(await held.release()).toBe(404);

    await expectPublicSoon(postId);
  });

  test("after a crash, the restarted server publishes an overdue post: the page answers 200 within seconds", async () => {
    const postId = posts[2]!;
    await sql.query(`UPDATE "Post" SET status = 'SCHEDULED', "scheduledAt" = now() + interval '1 day' WHERE id = $1`, [
      postId,
    ]);
    await server.crash();
    // Overdue while the server was down.
    await sql.query(`UPDATE "Post" SET "scheduledAt" = now() - interval '5 minutes' WHERE id = $1`, [postId]);

    const unlockAudit = await lockTable(server.databaseUrl, "AuditLog", "EXCLUSIVE");
    let held: { release(): Promise<number> } | undefined;
    try {
      await server.start();
      held = await holdPostPage(postId);
      expect(await status(postId)).toBe("SCHEDULED");
    } finally {
      await unlockAudit();
    }
    await scheduledAndRefreshed(postId);
    expect(await held.release()).toBe(404);

    await expectPublicSoon(postId);
  });
});

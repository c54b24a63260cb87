import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getLatestPosts, getPublicPost } from "@/lib/posts/queries";
import { nextSleep, publishDuePosts } from "@/lib/posts/publish-due";
import { startScheduler } from "@/server/scheduler";
import { runningScheduler } from "@/lib/posts/scheduler-signal";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { createStaff, type Staff } from "@/tests/helpers/manage-fixtures";
import { makePost } from "@/tests/helpers/post-fixtures";
import { useTestDatabase } from "@/tests/helpers/app-doubles";
import { getPrisma } from "@/lib/db/client";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  staff = await createStaff(db.prisma);
});

afterAll(async () => {
  runningScheduler()?.stop();
  useTestDatabase(undefined);
  await db.close();
});

const now = new Date("2030-03-01T03:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("publishDuePosts", () => {
  it("publishes another office's due post too, in that office: its audit entry is that office's", async () => {
    const nan = await db.prisma.office.findUniqueOrThrow({ where: { code: "nan" } });
    const post = await db.prisma.post.create({
      data: {
        officeId: nan.id,
        section: "PRESS_RELEASE",
        status: "SCHEDULED",
        title: "ข่าวน่านตามเวลา",
        scheduledAt: at(-3600),
        authorId: staff.editor.id,
      },
    });
    expect((await publishDuePosts(at(-3599))).published).toEqual([post.id]);
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "PUBLISHED",
      officeId: nan.id,
    });
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "post.publish_scheduled", entityId: String(post.id) },
    });
    expect(entry.officeId).toBe(nan.id);
    // Chiang Rai's listing does not show it.
    expect((await getLatestPosts({ limit: 50 })).map((p) => p.id)).not.toContain(post.id);
  });

  it("publishes a due post once when three schedulers wake together (several instances): one audit entry", async () => {
    const post = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: at(-5),
      title: "ตั้งเวลาไว้บนหลายเครื่อง",
    });
    const revisions = await db.prisma.postRevision.count({ where: { postId: post.id } });
    const results = await Promise.all([publishDuePosts(now), publishDuePosts(now), publishDuePosts(now)]);
    expect(results.flatMap((r) => r.published).filter((id) => id === post.id)).toEqual([post.id]);
    expect(results.flatMap((r) => r.failed)).toEqual([]);
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "PUBLISHED",
      version: 2,
    });
    expect(
      await db.prisma.auditLog.count({ where: { action: "post.publish_scheduled", entityId: String(post.id) } }),
    ).toBe(1);
    expect(await db.prisma.postRevision.count({ where: { postId: post.id } })).toBe(revisions);
  });

  it("publishes exactly the due scheduled posts, sets their first publication date and audits without a user", async () => {
    const due = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: at(-60),
      title: "ถึงเวลาแล้ว",
    });
    const dueNow = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: now,
      title: "ตรงเวลาพอดี",
    });
    const later = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: at(60),
      title: "ยังไม่ถึงเวลา",
    });
    const draft = await makePost(db.prisma, { authorId: staff.author.id, status: "DRAFT", scheduledAt: at(-60) });

    const result = await publishDuePosts(now);
    expect(result).toEqual({ published: [due.id, dueNow.id], failed: [] });
    for (const [id, announced] of [
      [due.id, at(-60)],
      [dueNow.id, now],
    ] as const) {
      const p = await db.prisma.post.findUniqueOrThrow({ where: { id } });
      expect(p).toMatchObject({
        status: "PUBLISHED",
        firstPublishedAt: announced,
        publishedAt: announced,
        scheduledAt: null,
        scheduleError: null,
        version: 2,
      });
      expect(
        await db.prisma.auditLog.findFirst({ where: { entityId: String(id), action: "post.publish_scheduled" } }),
      ).toMatchObject({
        userId: null,
        before: { status: "SCHEDULED" },
        after: { status: "PUBLISHED" },
      });
    }
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({
      status: "SCHEDULED",
      firstPublishedAt: null,
    });
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT" });
    expect((await getLatestPosts({ limit: 10 })).map((p) => p.title)).toEqual(
      expect.arrayContaining(["ถึงเวลาแล้ว", "ตรงเวลาพอดี"]),
    );
    expect(await getPublicPost(later.id)).toBeNull();

    // Run again: nothing left to do, nothing published twice.
    expect(await publishDuePosts(now)).toEqual({ published: [], failed: [] });
    expect(
      await db.prisma.auditLog.count({
        where: { action: "post.publish_scheduled", entityId: { in: [String(due.id), String(dueNow.id)] } },
      }),
    ).toBe(2);
  });

  it("records a failure on the post for the dashboard and succeeds on a later retry", async () => {
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "SCHEDULED", scheduledAt: at(-1) });
    // The client the scheduler publishes with: the post's office's (row-level security included).
    const office = (await loadDirectory(db.prisma)).find((o) => o.isDefault)!;
    const client = runForOffice(office, () => getPrisma());
    const spy = vi.spyOn(client, "$transaction").mockRejectedValueOnce(new Error("database unavailable"));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failed = await publishDuePosts(now);
    expect(failed).toEqual({ published: [], failed: [{ id: post.id, error: "database unavailable" }] });
    const stuck = await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(stuck.status).toBe("SCHEDULED");
    expect(stuck.scheduleError).toMatch(/เผยแพร่ตามเวลาไม่สำเร็จ/);
    // The failure leaves the version alone: an editor's open form can still save.
    expect(stuck.version).toBe(1);
    // Audited once (userId null), not on every retry.
    spy.mockRejectedValueOnce(new Error("still unavailable"));
    expect((await publishDuePosts(now)).failed).toHaveLength(1);
    expect((await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).scheduleError).toMatch(
      /still unavailable/,
    );
    const failures = await db.prisma.auditLog.findMany({
      where: { entityId: String(post.id), action: "post.schedule_failed" },
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ userId: null, after: { error: "database unavailable" } });

    spy.mockRestore();
    expect((await publishDuePosts(now)).published).toEqual([post.id]);
    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "PUBLISHED",
      scheduleError: null,
    });
  });
});

describe("a post published after its time (the site was down then)", () => {
  it("shows the time it was scheduled for, sorts by it, and the audit entry records when it really went out", async () => {
    // Scheduled for 09:00 Bangkok; the server was down until 11:30; another post went out at 10:00.
    const nine = new Date("2030-05-02T02:00:00Z");
    const ten = new Date("2030-05-02T03:00:00Z");
    const halfPastEleven = new Date("2030-05-02T04:30:00Z");
    const other = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "เผยแพร่ตอนสิบโมง",
      publishedAt: ten,
    });
    const late = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "SCHEDULED",
      scheduledAt: nine,
      title: "ประกาศเก้าโมง",
    });

    expect((await publishDuePosts(halfPastEleven)).published).toContain(late.id);

    expect(await db.prisma.post.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({
      status: "PUBLISHED",
      publishedAt: nine,
      firstPublishedAt: nine,
    });
    const page = await getPublicPost(late.id);
    expect(page).toMatchObject({ publishedAt: nine, firstPublishedAt: nine });
    const titles = (await getLatestPosts({ limit: 50 })).map((p) => p.title);
    expect(titles.indexOf(other.title)).toBeLessThan(titles.indexOf(late.title));
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(late.id), action: "post.publish_scheduled" },
    });
    expect(entry.after).toMatchObject({
      status: "PUBLISHED",
      publishedAt: nine.toISOString(),
      scheduledAt: nine.toISOString(),
      wentLiveAt: halfPastEleven.toISOString(),
    });
  });
});

describe("the timer", () => {
  it("sleeps until the next scheduled post, at most 30 seconds", async () => {
    await makePost(db.prisma, { authorId: staff.author.id, status: "SCHEDULED", scheduledAt: at(7) });
    expect(await nextSleep(now)).toBe(7_025);
    expect(await nextSleep(at(3600))).toBe(30_000);
  });

  it("refreshes the public pages at start even with nothing to publish: the last process may have died between a publish and its refresh", async () => {
    const refresh = vi.fn(async () => undefined);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const handle = startScheduler({ refresh });
    try {
      await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1), { timeout: 5_000, interval: 100 });
    } finally {
      handle.stop();
      log.mockRestore();
    }
  });

  it("publishes a post that falls due and refreshes the public pages, without any request", async () => {
    const refresh = vi.fn(async () => undefined);
    const soon = new Date(Date.now() + 1_500);
    const post = await makePost(db.prisma, { authorId: staff.author.id, status: "SCHEDULED", scheduledAt: soon });
    const handle = startScheduler({ refresh });
    expect(startScheduler()).toBe(handle);
    await vi.waitFor(
      async () => expect((await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("PUBLISHED"),
      { timeout: 10_000, interval: 100 },
    );
    const published = await db.prisma.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(soon.getTime());
    expect(published.publishedAt!.getTime() - soon.getTime()).toBeLessThan(1_500);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled(), { timeout: 2_000 });
    handle.stop();
    expect(runningScheduler()).toBeUndefined();
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as confirmRoute } from "@/app/api/alerts/confirm/route";
import { POST as subscribeRoute } from "@/app/api/alerts/subscribe/route";
import { GET as unsubscribeGet, POST as unsubscribeRoute } from "@/app/api/alerts/unsubscribe/route";
import { closeMailerForTests } from "@/lib/alerts/mailer";
import { resetSubscribeLimitForTests } from "@/lib/alerts/requests";
import { subscribe } from "@/lib/alerts/subscribe";
import { alertDigest } from "@/lib/alerts/tasks";
import { runAlertJobsOnce } from "@/lib/alerts/worker";
import { resetEnvForTests } from "@/lib/env";
import { savePost } from "@/lib/posts/actions/save";
import { publishPost, withdrawPost } from "@/lib/posts/actions/workflow";
import { publishDuePosts } from "@/lib/posts/publish-due";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { makePost, postForm } from "@/tests/helpers/post-fixtures";
import { startSmtpSink, type SmtpSink } from "@/tests/helpers/smtp-sink";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// E-mail alerts end to end below the browser: the subscribe form's route, a real SMTP server in
// this process (smtp-server), the queue (graphile-worker on this test's own PostgreSQL database,
// run with runOnce), the staff actions that publish.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
let sink: SmtpSink;
const session = sessionSwitch();
const IDLE = {};
const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_PER_SECOND: process.env.MAIL_PER_SECOND };

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_PER_SECOND = "1000";
  resetEnvForTests();
  // Installs the queue's schema, as a starting server does.
  await runAlertJobsOnce(db.url!);
});

afterAll(async () => {
  closeMailerForTests();
  await sink.close();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  resetEnvForTests();
});

beforeEach(() => {
  resetSubscribeLimitForTests();
  session.as(null);
});

/**
 * Runs the queue until nothing is due or in hand: runOnce stops at the first moment it finds no
 * job it may take (a named queue stays taken for a moment after each job completes), and it
 * returns before its last job's completion is written (graphile-worker does not await it), so a
 * job still locked is waited for too.
 */
async function work(): Promise<void> {
  for (let round = 0; round < 100; round++) {
    await runAlertJobsOnce(db.url!);
    const [{ due, held }] = await db.prisma.$queryRaw<[{ due: number; held: number }]>`
      SELECT count(*) FILTER (WHERE locked_at IS NULL AND run_at <= now())::int AS due,
             count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS held
      FROM graphile_worker.jobs WHERE attempts < max_attempts OR locked_at IS NOT NULL`;
    if (due === 0 && held === 0) return;
    if (due === 0) await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the queue did not empty");
}

function post(path: string, fields: Record<string, string | string[]>, address = "203.0.113.7"): Request {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body,
  });
}

const subscribeForm = (email: string, extra: Record<string, string | string[]> = {}, address?: string) =>
  post(
    "/api/alerts/subscribe",
    { email, section: ["PRESS_RELEASE"], mode: "IMMEDIATE", consent: "on", ...extra },
    address,
  );

/** Subscribes, follows the confirmation link's button; the manage token of the subscription. */
async function subscribed(email: string, fields: Record<string, string | string[]> = {}): Promise<string> {
  expect((await subscribeRoute(subscribeForm(email, fields))).headers.get("location")).toBe("/alerts?result=sent");
  await work();
  const confirmation = sink.to(email).at(-1)!;
  const token = /\/alerts\/confirm\/([A-Za-z0-9_-]+)/.exec(confirmation.text)![1]!;
  const done = await confirmRoute(post("/api/alerts/confirm", { token }));
  expect(done.status).toBe(303);
  return /\/alerts\/manage\/([A-Za-z0-9_-]+)\?result=confirmed$/.exec(done.headers.get("location")!)![1]!;
}

async function publishAs(id: number, version: number) {
  session.as(staff.editor);
  const state = await publishPost(IDLE, form({ id, version }));
  session.as(null);
  expect(state).toMatchObject({ ok: true });
}

describe("subscribe, confirm, publish, receive, unsubscribe", () => {
  it("sends only the confirmation until it is followed, then each new post of the section once; one POST ends it", async () => {
    const email = "Reporter@Example.com";
    const before = await makePost(db.prisma, { authorId: staff.author.id, title: "ก่อนยืนยัน", section: "PRESS_RELEASE" });
    expect((await subscribeRoute(subscribeForm(email))).headers.get("location")).toBe("/alerts?result=sent");
    await work();
    const [confirmation] = sink.to("reporter@example.com");
    expect(confirmation!.subject).toContain("ยืนยันการรับข่าวทางอีเมล");
    expect(confirmation!.text).toContain("ข่าวประชาสัมพันธ์ แบบทันทีที่เผยแพร่");
    // Not yet confirmed: a publication sends nothing.
    await publishAs(before.id, 1);
    await work();
    expect(sink.to(email)).toHaveLength(1);

    const token = /\/alerts\/confirm\/([A-Za-z0-9_-]+)/.exec(confirmation!.text)![1]!;
    const confirmed = await confirmRoute(post("/api/alerts/confirm", { token }));
    const manage = /\/alerts\/manage\/(\w+)\?result=confirmed/.exec(confirmed.headers.get("location")!)![1]!;
    // The link works once.
    expect((await confirmRoute(post("/api/alerts/confirm", { token }))).headers.get("location")).toBe(
      "/alerts?result=link",
    );

    const news = await makePost(db.prisma, {
      authorId: staff.author.id,
      title: "กกต.เชียงรายเปิดรับสมัคร",
      section: "PRESS_RELEASE",
    });
    const other = await makePost(db.prisma, { authorId: staff.author.id, title: "ประกาศจัดซื้อ", section: "PROCUREMENT" });
    await publishAs(news.id, 1);
    await publishAs(other.id, 1);
    await work();
    const got = sink.to(email).slice(1);
    expect(got.map((m) => m.subject)).toEqual(["กกต.เชียงรายเปิดรับสมัคร"]);
    const alert = got[0]!;
    expect(alert.text).toContain(`/posts/${news.id}`);
    expect(alert.html).toContain(`/posts/${news.id}`);
    expect(alert.text).toContain("ข่าวประชาสัมพันธ์");
    expect(alert.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /<([^>]+)>/.exec(alert.headers["list-unsubscribe"]!)![1]!;
    expect(unsubscribeUrl).toContain(`/api/alerts/unsubscribe?token=${manage}`);
    expect(alert.text).toContain(`/alerts/manage/${manage}`);

    // Edits, a withdrawal and publishing again send nothing more.
    session.as(staff.editor);
    expect(
      await savePost(IDLE, postForm({ id: news.id, version: 2, title: "กกต.เชียงรายเปิดรับสมัคร (แก้คำผิด)" })),
    ).toMatchObject({ ok: true });
    expect(await withdrawPost(IDLE, form({ id: news.id, version: 3, reason: "ตรวจทาน" }))).toMatchObject({ ok: true });
    expect(await publishPost(IDLE, form({ id: news.id, version: 4 }))).toMatchObject({ ok: true });
    session.as(null);
    await work();
    expect(sink.to(email)).toHaveLength(2);

    // One-click unsubscribe as a mail program does it: a POST to the header's address.
    const path = new URL(unsubscribeUrl).pathname + new URL(unsubscribeUrl).search;
    const res = await unsubscribeRoute(post(path, { "List-Unsubscribe": "One-Click" }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ยกเลิกการรับข่าวทางอีเมลแล้ว");
    const after = await makePost(db.prisma, { authorId: staff.author.id, title: "หลังยกเลิก", section: "PRESS_RELEASE" });
    await publishAs(after.id, 1);
    await work();
    expect(sink.to(email)).toHaveLength(2);
  });

  it("opening the unsubscribe address (GET) only shows the manage page; it ends nothing", async () => {
    const manage = await subscribed("reader.get@example.com");
    const res = unsubscribeGet(new Request(`http://localhost/api/alerts/unsubscribe?token=${manage}`));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/alerts/manage/${manage}`);
    const row = await db.prisma.subscriber.findFirstOrThrow({ where: { email: "reader.get@example.com" } });
    expect(row.unsubscribedAt).toBeNull();
  });

  it("a scheduled post's alert goes out when the scheduler publishes it", async () => {
    const email = "scheduled@example.com";
    await subscribed(email, { section: ["ELECTION_ANNOUNCEMENT"] });
    const due = await makePost(db.prisma, {
      authorId: staff.author.id,
      title: "ประกาศรับสมัครรับเลือกตั้งตามเวลา",
      section: "ELECTION_ANNOUNCEMENT",
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 1000),
    });
    expect((await publishDuePosts(new Date())).published).toContain(due.id);
    await work();
    expect(
      sink
        .to(email)
        .slice(1)
        .map((m) => m.subject),
    ).toEqual(["ประกาศรับสมัครรับเลือกตั้งตามเวลา"]);
  });

  it("a major change goes out as an update only when the editor ticks it, with its note", async () => {
    const email = "updates@example.com";
    await subscribed(email, { section: ["ANNOUNCEMENT"] });
    const p = await makePost(db.prisma, { authorId: staff.author.id, title: "ประกาศวันประชุม", section: "ANNOUNCEMENT" });
    await publishAs(p.id, 1);
    session.as(staff.editor);
    const major = { id: p.id, title: "ประกาศวันประชุม", section: "ANNOUNCEMENT", changeType: "major" } as const;
    expect(await savePost(IDLE, postForm({ ...major, version: 2, changeNote: "เลื่อนเป็นวันที่ 12" }))).toMatchObject({
      ok: true,
    });
    expect(
      await savePost(
        IDLE,
        postForm({ ...major, version: 3, changeNote: "ย้ายห้องประชุมเป็นห้อง 2", notifySubscribers: "on" }),
      ),
    ).toMatchObject({ ok: true });
    session.as(null);
    await work();
    const got = sink.to(email).slice(1);
    expect(got.map((m) => m.subject)).toEqual(["ประกาศวันประชุม", "[ปรับปรุง] ประกาศวันประชุม"]);
    expect(got[1]!.text).toContain("ย้ายห้องประชุมเป็นห้อง 2");
    expect(got[1]!.text).not.toContain("เลื่อนเป็นวันที่ 12");
  });
});

describe("the form refuses what is wrong and tells nobody who subscribes", () => {
  it("bad fields come back as Thai results; nothing is stored or sent", async () => {
    const count = async () => [await db.prisma.subscriber.count(), sink.messages.length];
    const before = await count();
    const cases: [Record<string, string | string[]>, string][] = [
      [{ email: "not-an-address" }, "email"],
      [{ email: "x@example.com", consent: "" }, "consent"],
      [{ email: "x@example.com", section: [] }, "sections"],
      [{ email: "x@example.com", section: ["NOPE"] }, "sections"],
      [{ email: "x@example.com", mode: "HOURLY" }, "sections"],
    ];
    for (const [fields, result] of cases) {
      const res = await subscribeRoute(subscribeForm(String(fields.email), fields));
      expect(res.headers.get("location"), JSON.stringify(fields)).toBe(`/alerts?result=${result}`);
    }
    const notForm = new Request("http://localhost/api/alerts/subscribe", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect((await subscribeRoute(notForm)).headers.get("location")).toBe("/alerts?result=invalid");
    // The field only scripts fill: a success to them, nothing done.
    expect(
      (await subscribeRoute(subscribeForm("bot@example.com", { website: "http://spam" }))).headers.get("location"),
    ).toBe("/alerts?result=sent");
    await work();
    expect(await count()).toEqual(before);
  });

  it("a flood of subscriptions sends someone else's address a few confirmations, never a flood", async () => {
    const victim = "victim@example.com";
    for (let i = 0; i < 8; i++) {
      // Different client addresses: the per-address limit is not what stops it.
      const res = await subscribeRoute(subscribeForm(victim, {}, `198.51.100.${i + 1}`));
      expect(res.headers.get("location")).toBe("/alerts?result=sent");
    }
    await work();
    // The second form came less than a minute after the first: one confirmation so far.
    expect(sink.to(victim)).toHaveLength(1);
    const row = await db.prisma.subscriber.findFirstOrThrow({ where: { email: victim } });
    expect(row.confirmedAt).toBeNull();
    expect(row.sections).toEqual([]);
  });

  it("two forms for a new address at the same moment: both answered, one row, one confirmation", async () => {
    const email = "double.click@example.com";
    const form = { email, sections: ["OTHER" as const], mode: "DAILY" as const, consent: "on" as const };
    const outcomes = await Promise.all([subscribe(form), subscribe(form), subscribe(form)]);
    expect(outcomes.filter((o) => o === "queued")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "capped")).toHaveLength(2);
    expect(await db.prisma.subscriber.count({ where: { email } })).toBe(1);
    await work();
    expect(sink.to(email)).toHaveLength(1);
  });

  it("spread over a day, the same address gets at most three confirmations from an office", async () => {
    const start = Date.now();
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const at = new Date(start + i * 2 * 60_000);
      outcomes.push(
        await subscribe({ email: "patient.victim@example.com", sections: ["OTHER"], mode: "DAILY", consent: "on" }, at),
      );
    }
    expect(outcomes).toEqual(["queued", "queued", "queued", "capped", "capped", "capped", "capped", "capped"]);
    // A day after the first, the window starts again.
    expect(
      await subscribe(
        { email: "patient.victim@example.com", sections: ["OTHER"], mode: "DAILY", consent: "on" },
        new Date(start + 86_400_000),
      ),
    ).toBe("queued");
  });

  it("one client address gets a Thai 'too many' after ten forms in ten minutes", async () => {
    const results: string[] = [];
    for (let i = 0; i < 12; i++)
      results.push(
        (await subscribeRoute(subscribeForm(`many${i}@example.com`, {}, "192.0.2.50"))).headers.get("location")!,
      );
    expect(results.slice(0, 10).every((r) => r === "/alerts?result=sent")).toBe(true);
    expect(results.slice(10)).toEqual(["/alerts?result=too-many", "/alerts?result=too-many"]);
  });
});

describe("the daily digest", () => {
  it("holds a day's posts of the reader's sections in one message at 08.00; immediate readers get no digest", async () => {
    const email = "daily@example.com";
    await subscribed(email, { section: ["NEWS_ACTIVITY"], mode: "DAILY" });
    const day = "2031-05-20";
    const inWindow = new Date("2031-05-19T05:00:00Z");
    const a = await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "กิจกรรมเช้า",
      section: "NEWS_ACTIVITY",
      publishedAt: inWindow,
    });
    await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "กิจกรรมหลังแปดโมง",
      section: "NEWS_ACTIVITY",
      publishedAt: new Date("2031-05-20T01:30:00Z"),
    });
    await makePost(db.prisma, {
      authorId: staff.author.id,
      status: "PUBLISHED",
      title: "ข่าวหมวดอื่น",
      section: "OTHER",
      publishedAt: inWindow,
    });
    // Published the immediate way: a daily reader gets nothing at once.
    const now = await makePost(db.prisma, { authorId: staff.author.id, title: "กิจกรรมทันที", section: "NEWS_ACTIVITY" });
    await publishAs(now.id, 1);
    await work();
    expect(sink.to(email)).toHaveLength(1);

    // The cron's run at 01.00 UTC on the 20th (08.00 Bangkok).
    await alertDigest({ _cron: { ts: "2031-05-20T01:00:00.000Z" } } as never);
    await alertDigest({ day }); // run twice (a second instance, a catch-up): still one message
    await work();
    const digest = sink.to(email).slice(1);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.subject).toBe(
      "สรุปข่าวประจำวันที่ 20 พฤษภาคม 2574 จากสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย (1 เรื่อง)",
    );
    expect(digest[0]!.text).toContain("กิจกรรมเช้า");
    expect(digest[0]!.text).toContain(`/posts/${a.id}`);
    expect(digest[0]!.text).not.toContain("กิจกรรมหลังแปดโมง");
    expect(digest[0]!.text).not.toContain("ข่าวหมวดอื่น");
    expect(digest[0]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });
});

describe("a mail server that refuses", () => {
  it("keeps the message, records the error and leaves it to the queue's retries", async () => {
    const manage = await subscribed("retry@example.com", { section: ["OTHER"] });
    expect(manage).toBeTruthy();
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnvForTests();
    try {
      const p = await makePost(db.prisma, { authorId: staff.author.id, title: "ส่งไม่ได้", section: "OTHER" });
      await publishAs(p.id, 1);
      await work();
      const d = await db.prisma.alertDelivery.findFirstOrThrow({ where: { postId: p.id } });
      expect(d).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(d.lastError).toBeTruthy();
    } finally {
      process.env.SMTP_URL = sink.url;
      resetEnvForTests();
    }
  });

  it("a mailbox that does not exist (550) is not asked again: failed at once, nothing left in the queue", async () => {
    const email = "gone@example.com";
    await subscribed(email, { section: ["MULTIMEDIA"] });
    sink.refused.add(email);
    const p = await makePost(db.prisma, { authorId: staff.author.id, title: "คลิปใหม่", section: "MULTIMEDIA" });
    await publishAs(p.id, 1);
    await work();
    const d = await db.prisma.alertDelivery.findFirstOrThrow({ where: { postId: p.id } });
    expect(d).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(d.lastError).toContain("550");
    const [{ left }] = await db.prisma.$queryRaw<[{ left: number }]>`
      SELECT count(*)::int AS left FROM graphile_worker.jobs WHERE key = ${`alert-send-${d.id}`}`;
    expect(left).toBe(0);
  });
});

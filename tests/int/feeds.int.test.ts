import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// The machine-readable addresses as a feed reader, a calendar app or a search engine gets them.

vi.hoisted(() => {
  process.env.SITE_URL = "https://ect.example.go.th";
});

const { createTestDatabase } = await import("@/tests/helpers/db");
const { makePost } = await import("@/tests/helpers/post-fixtures");
const { fromBangkok } = await import("@/lib/thai-date");

let db: TestDatabase;
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const ids: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  const author = await db.prisma.user.create({
    data: { email: "a@test.go.th", name: "ก", role: "EDITOR", passwordHash: "!" },
  });
  const mk = async (key: string, f: Omit<Parameters<typeof makePost>[1], "authorId">) =>
    void (ids[key] = (await makePost(db.prisma, { authorId: author.id, ...f })).id);
  await mk("press", {
    status: "PUBLISHED",
    section: "PRESS_RELEASE",
    title: "ข่าว MOU <สาธารณสุข>",
    publishedAt: fromBangkok(2022, 4, 28, 10, 0),
  });
  await mk("procurement", {
    status: "PUBLISHED",
    section: "PROCUREMENT",
    title: "ประกวดราคาจ้างพิมพ์บัตร",
    publishedAt: fromBangkok(2022, 5, 2, 9, 0),
  });
  await mk("draft", { status: "DRAFT", title: "ฉบับร่างลับ" });
  await mk("withdrawn", { status: "WITHDRAWN", title: "ข่าวที่ถอนแล้ว" });
  await db.prisma.post.update({
    where: { id: ids.press! },
    data: { slug: "mou", lastUpdatedAt: fromBangkok(2022, 4, 29, 9, 30) },
  });
  ids.event = (
    await db.prisma.event.create({ data: { title: "ประชุม 00:30", startsAt: fromBangkok(NEXT_YEAR, 6, 1, 0, 30) } })
  ).id;
  ids.old = (
    await db.prisma.event.create({ data: { title: "กิจกรรมเมื่อ 2565", startsAt: fromBangkok(2022, 6, 1, 9, 0) } })
  ).id;
  ids.hidden = (
    await db.prisma.event.create({ data: { title: "กิจกรรมที่ยังไม่เผยแพร่", startsAt: new Date(), published: false } })
  ).id;
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db.close();
});

const text = async (res: Response) => ({
  status: res.status,
  type: res.headers.get("content-type"),
  cache: res.headers.get("cache-control"),
  body: await res.text(),
});

describe("RSS and Atom", () => {
  it("all posts: published ones only, absolute canonical links, shared-cacheable", async () => {
    const { GET } = await import("@/app/feed.xml/route");
    const r = await text(await GET());
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/rss+xml; charset=utf-8");
    expect(r.cache).toContain("s-maxage=60");
    expect(r.body).toContain(`<link>https://ect.example.go.th/posts/${ids.press}/mou</link>`);
    expect(r.body).toContain("ข่าว MOU &lt;สาธารณสุข&gt;");
    expect(r.body).toContain("ประกวดราคาจ้างพิมพ์บัตร");
    expect(r.body).not.toContain("ฉบับร่างลับ");
    expect(r.body).not.toContain("ข่าวที่ถอนแล้ว");
    // Newest first.
    expect(r.body.indexOf("ประกวดราคา")).toBeLessThan(r.body.indexOf("ข่าว MOU"));
  });

  it("per section, and a 404 for a section that does not exist", async () => {
    const { GET } = await import("@/app/(site)/[lang]/[office]/news/[section]/atom.xml/route");
    const r = await text(
      await GET(new Request("https://x/"), { params: Promise.resolve({ lang: "th", section: "procurement" }) }),
    );
    expect(r.type).toBe("application/atom+xml; charset=utf-8");
    expect(r.body).toContain("ประกวดราคาจ้างพิมพ์บัตร");
    expect(r.body).not.toContain("ข่าว MOU");
    expect(r.body).toContain('href="https://ect.example.go.th/news/procurement/atom.xml"');
    const bad = await GET(new Request("https://x/"), { params: Promise.resolve({ lang: "th", section: "../admin" }) });
    expect(bad.status).toBe(404);
  });
});

describe("iCalendar", () => {
  it("the calendar lists published events in UTC; one event downloads as a file; unknown ones are 404", async () => {
    const { GET: all } = await import("@/app/calendar.ics/route");
    const cal = await text(await all());
    expect(cal.type).toBe("text/calendar; charset=utf-8");
    const unfolded = cal.body.replace(/\r\n /g, "");
    expect(unfolded).toContain(`DTSTART:${NEXT_YEAR}0531T173000Z`);
    expect(unfolded).toContain(`URL:https://ect.example.go.th/calendar/${NEXT_YEAR + 543}-06#e-${ids.event}`);
    expect(unfolded).not.toContain("ยังไม่เผยแพร่");
    // A subscription carries a year of history, not every event ever held.
    expect(unfolded).not.toContain("กิจกรรมเมื่อ 2565");

    const { GET: one } = await import("@/app/events/[file]/route");
    const res = await one(new Request("https://x/"), { params: Promise.resolve({ file: `${ids.event}.ics` }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="event-${ids.event}.ics"`);
    expect(await res.text()).toContain("SUMMARY:ประชุม 00:30");
    const old = await one(new Request("https://x/"), { params: Promise.resolve({ file: `${ids.old}.ics` }) });
    expect((await old.text()).replace(/\r\n /g, "")).toContain("DTSTART:20220601T020000Z");
    for (const file of [
      `${ids.hidden}.ics`,
      "0.ics",
      "abc.ics",
      `${ids.event}`,
      `${ids.event}.ics.exe`,
      "99999999.ics",
    ]) {
      expect((await one(new Request("https://x/"), { params: Promise.resolve({ file }) })).status, file).toBe(404);
    }
  });
});

describe("sitemap and robots", () => {
  it("sitemap: home, sections, calendar and published posts with their last change", async () => {
    const { GET } = await import("@/app/sitemap.xml/route");
    const r = await text(await GET());
    expect(r.type).toBe("application/xml; charset=utf-8");
    expect(r.body).toContain("<loc>https://ect.example.go.th/</loc>");
    expect(r.body).toContain(
      "<loc>https://ect.example.go.th/news/press-releases</loc><lastmod>2022-04-29T02:30:00.000Z</lastmod>",
    );
    expect(r.body).toContain(
      `<loc>https://ect.example.go.th/posts/${ids.press}/mou</loc><lastmod>2022-04-29T02:30:00.000Z</lastmod>`,
    );
    expect(r.body).toContain("<loc>https://ect.example.go.th/calendar</loc>");
    for (const p of ["about", "contact", "privacy", "accessibility", "sitemap"])
      expect(r.body).toContain(`<loc>https://ect.example.go.th/${p}</loc>`);
    expect(r.body).not.toContain(`/posts/${ids.draft}`);
    expect(r.body).not.toContain(`/posts/${ids.withdrawn}`);
  });

  it("robots.txt keeps crawlers out of the staff area and names the sitemap", async () => {
    const { GET } = await import("@/app/robots.txt/route");
    const body = await GET().text();
    expect(body).toContain("Disallow: /admin");
    expect(body).toContain("Sitemap: https://ect.example.go.th/sitemap.xml");
  });
});

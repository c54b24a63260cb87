import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// The English feeds and the sitemap's language alternates as a feed reader and a search engine
// get them.

vi.hoisted(() => {
  process.env.SITE_URL = "https://ect.example.go.th";
});

const { createTestDatabase } = await import("@/tests/helpers/db");
const { makePost } = await import("@/tests/helpers/post-fixtures");
const { fromBangkok } = await import("@/lib/thai-date");

const SITE = "https://ect.example.go.th";
let db: TestDatabase;
const ids: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  const author = await db.prisma.user.create({
    data: { email: "a@test.go.th", name: "ก", role: "EDITOR", passwordHash: "!" },
  });
  const mk = async (key: string, f: Omit<Parameters<typeof makePost>[1], "authorId">) =>
    void (ids[key] = (await makePost(db.prisma, { authorId: author.id, ...f })).id);
  await mk("translated", {
    status: "PUBLISHED",
    section: "PRESS_RELEASE",
    title: "กกต. ชวนตรวจสอบรายชื่อผู้มีสิทธิ",
    publishedAt: fromBangkok(2022, 4, 28, 10, 0),
  });
  await mk("thaiOnly", {
    status: "PUBLISHED",
    section: "PRESS_RELEASE",
    title: "ประชุมคณะทำงาน <ครั้งที่ 2>",
    publishedAt: fromBangkok(2022, 5, 2, 9, 0),
  });
  await mk("procurement", {
    status: "PUBLISHED",
    section: "PROCUREMENT",
    title: "ประกวดราคาจ้างพิมพ์บัตร",
    publishedAt: fromBangkok(2022, 5, 3, 9, 0),
  });
  await mk("draft", { status: "DRAFT", title: "ฉบับร่างลับ" });
  await db.prisma.post.update({
    where: { id: ids.translated! },
    data: { slug: "check-names", titleEn: "Check your name & polling station", summaryEn: "Use the Smart Vote app." },
  });
  await db.prisma.post.update({ where: { id: ids.draft! }, data: { titleEn: "Secret draft" } });
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

/** Each <item> (RSS) or <entry> (Atom) of a feed, as the fields a reader shows. */
function items(xml: string, tag: "item" | "entry") {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map(([, inner = ""]) => ({
    title: /<title>([^<]*)<\/title>/.exec(inner)?.[1],
    link: /<link>([^<]*)<\/link>/.exec(inner)?.[1] ?? /<link rel="alternate"[^>]* href="([^"]*)"/.exec(inner)?.[1],
    summary: /<(?:description|summary type="text")>([^<]*)</.exec(inner)?.[1],
    date: /<(?:pubDate|published)>([^<]*)</.exec(inner)?.[1],
  }));
}

describe("English feeds", () => {
  it("/en/feed.xml: English channel, translations where there are, else the Thai title marked, English links", async () => {
    const { GET } = await import("@/app/en/feed.xml/route");
    const r = await text(await GET());
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/rss+xml; charset=utf-8");
    expect(r.cache).toContain("s-maxage=60");
    expect(r.body).toContain("<language>en</language>");
    expect(r.body).toMatch(/<title>[^<]*Office of the Election Commission of Thailand<\/title>/);
    expect(r.body).toMatch(/<description>The latest news and announcements of the [^<]+<\/description>/);
    expect(r.body).toContain(`<link>${SITE}/en</link>`);
    expect(r.body).toContain(`<atom:link href="${SITE}/en/feed.xml" rel="self"`);
    expect(items(r.body, "item")).toEqual([
      {
        title: "[In Thai] ประกวดราคาจ้างพิมพ์บัตร",
        link: `${SITE}/en/posts/${ids.procurement}`,
        summary: "สรุป",
        date: "Tue, 03 May 2022 02:00:00 GMT",
      },
      {
        title: "[In Thai] ประชุมคณะทำงาน &lt;ครั้งที่ 2&gt;",
        link: `${SITE}/en/posts/${ids.thaiOnly}`,
        summary: "สรุป",
        date: "Mon, 02 May 2022 02:00:00 GMT",
      },
      {
        title: "Check your name &amp; polling station",
        link: `${SITE}/en/posts/${ids.translated}/check-names`,
        summary: "Use the Smart Vote app.",
        date: "Thu, 28 Apr 2022 03:00:00 GMT",
      },
    ]);
    expect(r.body).toContain("<category>Press releases</category>");
    expect(r.body).not.toContain("Secret draft");
    expect(r.body).not.toContain("ฉบับร่างลับ");
  });

  it("/en/atom.xml: xml:lang en, English links and RFC 3339 dates", async () => {
    const { GET } = await import("@/app/en/atom.xml/route");
    const r = await text(await GET());
    expect(r.type).toBe("application/atom+xml; charset=utf-8");
    expect(r.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(r.body).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/en/atom.xml"/>`);
    const entries = items(r.body, "entry");
    expect(entries.map((e) => e.title)).toEqual([
      "[In Thai] ประกวดราคาจ้างพิมพ์บัตร",
      "[In Thai] ประชุมคณะทำงาน &lt;ครั้งที่ 2&gt;",
      "Check your name &amp; polling station",
    ]);
    expect(entries[2]).toMatchObject({
      link: `${SITE}/en/posts/${ids.translated}/check-names`,
      date: "2022-04-28T03:00:00.000Z",
    });
    expect(r.body).not.toContain("Secret draft");
  });

  it("a section's English feed: its posts only, English section title, and the Thai one stays Thai", async () => {
    const { GET } = await import("@/app/(site)/[lang]/[office]/news/[section]/feed.xml/route");
    const call = (lang: string, section: string) =>
      GET(new Request("https://x/"), { params: Promise.resolve({ lang, section }) });
    const en = await text(await call("en", "press-releases"));
    expect(en.status).toBe(200);
    expect(en.body).toMatch(/<title>Press releases — [^<]*Election Commission of Thailand<\/title>/);
    expect(en.body).toContain(`<link>${SITE}/en/news/press-releases</link>`);
    expect(en.body).toContain(`href="${SITE}/en/news/press-releases/feed.xml"`);
    expect(items(en.body, "item").map((i) => i.link)).toEqual([
      `${SITE}/en/posts/${ids.thaiOnly}`,
      `${SITE}/en/posts/${ids.translated}/check-names`,
    ]);

    const th = await text(await call("th", "press-releases"));
    expect(th.body).toContain("<language>th</language>");
    expect(th.body).toContain("<title>กกต. ชวนตรวจสอบรายชื่อผู้มีสิทธิ</title>");
    expect(th.body).toContain(`<link>${SITE}/posts/${ids.translated}/check-names</link>`);
    expect(th.body).not.toContain("[In Thai]");
    expect(th.body).not.toContain("Check your name");

    expect((await call("en", "nope")).status).toBe(404);
  });
});

describe("sitemap alternates", () => {
  /** Each <url>: its address and its alternates by hreflang. */
  async function sitemap() {
    const { GET } = await import("@/app/sitemap.xml/route");
    const xml = await (await GET()).text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, inner = ""]) => ({
      loc: /<loc>([^<]*)<\/loc>/.exec(inner)?.[1],
      alternates: Object.fromEntries(
        [...inner.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
          m[1],
          m[2],
        ]),
      ),
    }));
    return new Map(urls.map((u) => [u.loc, u.alternates]));
  }

  it("pages with an English version are listed in both languages, each naming both", async () => {
    const urls = await sitemap();
    const pairs: [string, string][] = [
      ["/", "/en"],
      ["/calendar", "/en/calendar"],
      ["/about", "/en/about"],
      ["/sitemap", "/en/sitemap"],
      ["/news/press-releases", "/en/news/press-releases"],
      [`/posts/${ids.translated}/check-names`, `/en/posts/${ids.translated}/check-names`],
      // A post without a translation has its English page too (the Thai text, said to be Thai).
      [`/posts/${ids.thaiOnly}`, `/en/posts/${ids.thaiOnly}`],
    ];
    for (const [th, en] of pairs) {
      const both = { th: `${SITE}${th}`, en: `${SITE}${en}`, "x-default": `${SITE}${th}` };
      expect(urls.get(`${SITE}${th}`), th).toEqual(both);
      expect(urls.get(`${SITE}${en}`), en).toEqual(both);
    }
  });

  it("pages with no English version are listed once, with no alternates; drafts not at all", async () => {
    const urls = await sitemap();
    for (const path of ["/procurement", "/accessibility"]) {
      expect(urls.get(`${SITE}${path}`), path).toEqual({});
      expect(urls.has(`${SITE}/en${path}`), path).toBe(false);
    }
    expect([...urls.keys()].filter((u) => u?.includes(`/posts/${ids.draft}`))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { buildIcal, foldLine, icalText, type IcalEvent } from "@/lib/feeds/ical";
import { buildAtom, buildRss, type FeedItem, type FeedMeta } from "@/lib/feeds/posts-feed";
import { buildSitemap } from "@/lib/feeds/sitemap";
import { xmlText } from "@/lib/feeds/xml";
import { fromBangkok } from "@/lib/thai-date";

const meta: FeedMeta = {
  lang: "th",
  title: "สำนักงาน กกต. เชียงราย",
  description: "ข่าวและประกาศล่าสุด",
  pageUrl: "https://ect.example.go.th/",
  selfUrl: "https://ect.example.go.th/feed.xml",
  siteUrl: "https://ect.example.go.th",
  fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
};
// 28 Apr 2565 10:00 Bangkok.
const mou: FeedItem = {
  id: 7,
  title: 'กกต.เชียงราย ลงนาม MOU <กับ> "สาธารณสุข" & อสม.',
  summary: "ความร่วมมือรณรงค์การเลือกตั้ง",
  url: "https://ect.example.go.th/posts/7/mou",
  category: "ข่าวประชาสัมพันธ์",
  publishedAt: fromBangkok(2022, 4, 28, 10, 0),
  updatedAt: fromBangkok(2022, 4, 29, 9, 30),
};

describe("xmlText", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlText(`<a href="x">'ก'&</a>\u0001\u000b`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;ก&apos;&amp;&lt;/a&gt;",
    );
    expect(xmlText("ผู้มีสิทธิเลือกตั้ง\nบรรทัดใหม่")).toBe("ผู้มีสิทธิเลือกตั้ง\nบรรทัดใหม่");
  });
});

describe("RSS and Atom", () => {
  it("RSS: escaped Thai title, absolute link, GMT date whatever the server's zone", () => {
    const xml = buildRss(meta, [mou]);
    expect(xml).toContain("<title>กกต.เชียงราย ลงนาม MOU &lt;กับ&gt; &quot;สาธารณสุข&quot; &amp; อสม.</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://ect.example.go.th/posts/7/mou</guid>');
    expect(xml).toContain("<pubDate>Thu, 28 Apr 2022 03:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Fri, 29 Apr 2022 02:30:00 GMT</lastBuildDate>");
    expect(xml).toContain(
      '<atom:link href="https://ect.example.go.th/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain("<language>th</language>");
    expect(xml).not.toMatch(/<กับ>/);
  });

  it("Atom: ids, published and updated in UTC, self link", () => {
    const xml = buildAtom({ ...meta, selfUrl: "https://ect.example.go.th/atom.xml" }, [mou]);
    expect(xml).toContain("<id>tag:ect.example.go.th,2026:post-7</id>");
    expect(xml).toContain("<published>2022-04-28T03:00:00.000Z</published>");
    expect(xml).toContain("<updated>2022-04-29T02:30:00.000Z</updated>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://ect.example.go.th/atom.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it("an empty feed is still valid, dated by the fallback", () => {
    expect(buildAtom(meta, [])).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
    expect(buildRss(meta, [])).not.toContain("<item>");
  });
});

describe("iCalendar", () => {
  const base: IcalEvent = {
    id: 3,
    title: "ประชุมเตรียมการเลือกตั้ง; รอบที่ 1, ห้อง 2",
    description: "บรรทัดแรก\nบรรทัดที่สอง \\ จบ",
    location: "ศาลากลางจังหวัดเชียงราย",
    startsAt: fromBangkok(2022, 6, 1, 0, 30),
    endsAt: fromBangkok(2022, 6, 1, 2, 0),
    allDay: false,
    url: "https://ect.example.go.th/calendar/2565-06#e-3",
    updatedAt: new Date("2022-05-20T00:00:00Z"),
  };
  const now = new Date("2026-11-26T00:00:00Z");

  it("escapes text values", () => {
    expect(icalText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });

  it("folds lines at 75 octets without cutting a Thai character, and unfolds to the original", () => {
    const line = `SUMMARY:${"การเลือกตั้งสมาชิกสภาผู้แทนราษฎร".repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("a timed event at 00:30 Bangkok on 1 June is 17:30 UTC on 31 May, in CRLF lines", () => {
    const ics = buildIcal({ name: "ปฏิทิน", host: "ect.example.go.th", now }, [base]);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((l) => !l.includes("\n"))).toBe(true);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART:20220531T173000Z\r\n");
    expect(unfolded).toContain("DTEND:20220531T190000Z\r\n");
    expect(unfolded).toContain("UID:event-3@ect.example.go.th\r\n");
    expect(unfolded).toContain("SUMMARY:ประชุมเตรียมการเลือกตั้ง\\; รอบที่ 1\\, ห้อง 2\r\n");
    expect(unfolded).toContain("DESCRIPTION:บรรทัดแรก\\nบรรทัดที่สอง \\\\ จบ\r\n");
    expect(unfolded).toContain("X-WR-TIMEZONE:Asia/Bangkok\r\n");
  });

  it("an all-day event keeps its Bangkok dates (end exclusive)", () => {
    const allDay = { ...base, allDay: true, startsAt: fromBangkok(2022, 6, 1), endsAt: fromBangkok(2022, 6, 3) };
    const ics = buildIcal({ name: "ปฏิทิน", host: "h", now }, [allDay]);
    expect(ics).toContain("DTSTART;VALUE=DATE:20220601\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20220603\r\n");
    const single = buildIcal({ name: "ปฏิทิน", host: "h", now }, [{ ...allDay, endsAt: null }]);
    expect(single).toContain("DTEND;VALUE=DATE:20220602\r\n");
  });
});

describe("sitemap", () => {
  it("lists addresses with their last change in UTC", () => {
    const xml = buildSitemap([
      { url: "https://ect.example.go.th/" },
      { url: "https://ect.example.go.th/posts/7/mou?a=1&b=2", lastModified: mou.updatedAt },
    ]);
    expect(xml).toContain("<url><loc>https://ect.example.go.th/</loc></url>");
    expect(xml).toContain(
      "<loc>https://ect.example.go.th/posts/7/mou?a=1&amp;b=2</loc><lastmod>2022-04-29T02:30:00.000Z</lastmod>",
    );
  });
  it("names a page's other language with xhtml:link, in the namespace it declares", () => {
    const alternates = [
      { hreflang: "th" as const, href: "https://ect.example.go.th/" },
      { hreflang: "en" as const, href: "https://ect.example.go.th/en" },
      { hreflang: "x-default" as const, href: "https://ect.example.go.th/" },
    ];
    const xml = buildSitemap([{ url: "https://ect.example.go.th/en", alternates }]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      "<url><loc>https://ect.example.go.th/en</loc>" +
        '<xhtml:link rel="alternate" hreflang="th" href="https://ect.example.go.th/"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://ect.example.go.th/en"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://ect.example.go.th/"/></url>',
    );
  });
});

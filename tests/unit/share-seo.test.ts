import { describe, expect, it } from "vitest";
import type { PostView } from "@/lib/posts/view";
import { jsonLdText } from "@/lib/seo/json-ld";
import { newsArticleJsonLd, postOpenGraph } from "@/lib/seo/post-meta";
import { shareLinks } from "@/lib/share/links";
import { fromBangkok } from "@/lib/thai-date";

const site = { siteUrl: "https://ect.example.go.th", officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย" };
const url = "https://ect.example.go.th/posts/7/mou";
const post: PostView = {
  id: 7,
  section: "PRESS_RELEASE",
  title: "กกต.เชียงราย ลงนาม MOU </script><script>alert(1)</script>",
  summary: "ความร่วมมือ & การรณรงค์",
  path: "/posts/7/mou",
  publishedAt: fromBangkok(2022, 4, 28, 10, 0),
  firstPublishedAt: fromBangkok(2022, 4, 28, 10, 0),
  lastUpdatedAt: null,
  cover: { id: 3, src: "/files/3/mou.jpg", alt: "", width: 1200, height: 630 },
  slug: "mou",
  body: "<p>x</p>",
  bodyEn: null,
  english: null,
  viewCount: 0,
  tags: ["MOU", "สาธารณสุข"],
  gallery: [],
  attachments: [],
  video: null,
  changeNotes: [],
};

describe("share links", () => {
  it("Facebook, LINE and X get the encoded permanent address; X also the title", () => {
    const links = shareLinks(url, "ข่าว & ประกาศ");
    expect(links.map((l) => l.label)).toEqual(["Facebook", "LINE", "X"]);
    expect(links[0]!.href).toBe(
      "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fect.example.go.th%2Fposts%2F7%2Fmou",
    );
    expect(links[1]!.href).toBe(
      "https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fect.example.go.th%2Fposts%2F7%2Fmou",
    );
    expect(new URL(links[2]!.href).searchParams.get("text")).toBe("ข่าว & ประกาศ");
  });
});

describe("link previews", () => {
  it("Open Graph and Twitter tags carry absolute addresses, the Thai title and the dates", () => {
    const meta = postOpenGraph(post, url, site);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url,
      title: post.title,
      siteName: site.officeName,
      locale: "th_TH",
      publishedTime: "2022-04-28T03:00:00.000Z",
    });
    expect(meta.openGraph?.images).toEqual([
      { url: "https://ect.example.go.th/og/posts/7.png", width: 1200, height: 630, alt: post.title },
      { url: "https://ect.example.go.th/files/3/mou.jpg", width: 1200, height: 630, alt: post.title },
    ]);
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      images: ["https://ect.example.go.th/og/posts/7.png"],
    });
    expect(postOpenGraph({ ...post, cover: null }, url, site).openGraph?.images).toHaveLength(1);
  });

  it("NewsArticle JSON-LD in Bangkok time, and no text can close its script tag", () => {
    const data = newsArticleJsonLd(post, url, site);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: post.title,
      datePublished: "2022-04-28T10:00:00+07:00",
      inLanguage: "th",
      articleSection: "ข่าวประชาสัมพันธ์",
    });
    const text = jsonLdText(data);
    expect(text).not.toContain("</script>");
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe("Event JSON-LD", () => {
  it("timed events in Bangkok time with offset; all-day events as dates with an inclusive last day", async () => {
    const { eventJsonLd } = await import("@/lib/seo/event-meta");
    const org = { name: site.officeName, url: site.siteUrl };
    const [timed, allDay] = eventJsonLd(
      [
        {
          id: 1,
          title: "ประชุม",
          description: "",
          location: "ศาลากลาง",
          startsAt: fromBangkok(2022, 6, 1, 0, 30),
          endsAt: fromBangkok(2022, 6, 1, 2, 0),
          allDay: false,
        },
        {
          id: 2,
          title: "อบรม",
          description: "สองวัน",
          location: "",
          startsAt: fromBangkok(2022, 6, 1),
          endsAt: fromBangkok(2022, 6, 3),
          allDay: true,
        },
      ],
      org,
      "https://ect.example.go.th/calendar/2565-06",
    );
    expect(timed).toMatchObject({
      "@type": "Event",
      name: "ประชุม",
      startDate: "2022-06-01T00:30:00+07:00",
      endDate: "2022-06-01T02:00:00+07:00",
      location: { name: "ศาลากลาง" },
      url: "https://ect.example.go.th/calendar/2565-06#e-1",
    });
    expect(allDay).toMatchObject({ startDate: "2022-06-01", endDate: "2022-06-02", description: "สองวัน" });
    expect(allDay!.location).toBeUndefined();
  });
});

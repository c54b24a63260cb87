import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { hasEnglish, languageAlternates, localePath } from "@/lib/i18n/paths";
import { shownPost } from "@/lib/i18n/posts";
import { translator } from "@/lib/i18n/translator";
import { insidePath, publicPageOf } from "@/lib/offices/segment";
import type { PostSummary } from "@/lib/posts/view";
import { proxy } from "@/proxy";

const post = (over: Partial<PostSummary> = {}): PostSummary => ({
  id: 11,
  section: "PRESS_RELEASE",
  title: "ข่าวภาษาไทย",
  summary: "สรุป",
  path: "/posts/11/smart-vote",
  publishedAt: new Date("2022-06-20T04:00:00Z"),
  cover: null,
  english: null,
  ...over,
});

describe("addresses in each language", () => {
  it("puts English under /en and leaves every Thai address as it is", () => {
    expect(localePath("th", "/posts/1/x")).toBe("/posts/1/x");
    expect(localePath("en", "/posts/1/x")).toBe("/en/posts/1/x");
    expect(localePath("en", "/")).toBe("/en");
  });

  it("renders /en/… under the English segment and everything else under the Thai one", () => {
    expect(insidePath("/", "nan")).toBe("/th/nan");
    expect(insidePath("/posts/1", "nan")).toBe("/th/nan/posts/1");
    expect(insidePath("/en", "nan")).toBe("/en/nan");
    expect(insidePath("/en/", "nan")).toBe("/en/nan");
    expect(insidePath("/en/posts/1", "nan")).toBe("/en/nan/posts/1");
    // A Thai address that merely starts with the letters "en" stays Thai.
    expect(insidePath("/english", "nan")).toBe("/th/nan/english");
    expect(insidePath("/entry/1", "nan")).toBe("/th/nan/entry/1");
  });

  it("names both languages only for pages that have an English version", () => {
    expect(hasEnglish("/")).toBe(true);
    expect(hasEnglish("/news/press-releases/page/3")).toBe(true);
    expect(hasEnglish("/posts/12/slug")).toBe(true);
    expect(hasEnglish("/calendar/2569-12")).toBe(true);
    expect(hasEnglish("/elections")).toBe(false);
    expect(hasEnglish("/posts/12/slug/more")).toBe(false);
    // The feeds: a section's in English under its listing; the whole office's keep their own address.
    expect(hasEnglish("/news/press-releases/atom.xml")).toBe(true);
    expect(publicPageOf("/en/news/press-releases/feed.xml")).toBe(true);
    expect(publicPageOf("/en/feed.xml")).toBe(false);
    expect(publicPageOf("/en/atom.xml")).toBe(false);
    expect(languageAlternates("en", "/posts/12")).toEqual({
      canonical: "/en/posts/12",
      languages: { th: "/posts/12", en: "/en/posts/12", "x-default": "/posts/12" },
    });
    expect(languageAlternates("th", "/elections")).toEqual({ canonical: "/elections" });
  });
});

describe("the proxy", () => {
  const ask = (path: string) => proxy(new NextRequest(`http://localhost${path}`));

  it("sends an English address with no English page yet to the Thai page (307), keeping the query", async () => {
    const res = await ask("/en/elections/1?x=1");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost/elections/1?x=1");
  });

  it("renders English pages under the English segment", async () => {
    const res = await ask("/en/news/press-releases");
    expect(res.headers.get("x-middleware-rewrite")).toBe("http://localhost/en/default/news/press-releases");
    const thai = await ask("/news/press-releases");
    expect(thai.headers.get("x-middleware-rewrite")).toBe("http://localhost/th/default/news/press-releases");
  });
});

describe("posts in listings", () => {
  it("shows the translation on English pages, else the Thai title marked as Thai", () => {
    expect(shownPost("th", post({ english: { title: "English", summary: "" } }))).toEqual({
      title: "ข่าวภาษาไทย",
      summary: "สรุป",
      href: "/posts/11/smart-vote",
      inThai: false,
    });
    expect(shownPost("en", post({ english: { title: "English", summary: "Sum" } }))).toEqual({
      title: "English",
      summary: "Sum",
      href: "/en/posts/11/smart-vote",
      inThai: false,
    });
    expect(shownPost("en", post())).toMatchObject({
      title: "ข่าวภาษาไทย",
      href: "/en/posts/11/smart-vote",
      inThai: true,
    });
  });

  it("links another office's post (the central office's) to its English address on that site", () => {
    expect(shownPost("en", post({ path: "https://ect.example.go.th/posts/5" })).href).toBe(
      "https://ect.example.go.th/en/posts/5",
    );
  });
});

describe("messages", () => {
  it("count in English and stay as they were in Thai", () => {
    expect(translator("en")("listing.total", { count: 1 })).toBe("1 item");
    expect(translator("en")("listing.total", { count: 1234 })).toBe("1,234 items");
    expect(translator("th")("listing.total", { count: 1234 })).toBe("ทั้งหมด 1,234 รายการ");
    expect(translator("en")("article.fileInfo", { type: "PDF", size: "1.5 KB", count: 2 })).toBe(
      "PDF file · 1.5 KB · downloaded 2 times",
    );
  });
});

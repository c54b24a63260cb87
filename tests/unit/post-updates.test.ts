// A post's change notes, as readers see them on the post page (GOV.UK's "Last updated" pattern):
// under «ปรับปรุงล่าสุด» with its date and time, each note with its own, newest first, nothing
// to open.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PostArticle } from "@/components/site/posts/post-article";
import type { PostView } from "@/lib/posts/view";
import { fromBangkok } from "@/lib/thai-date";

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function post(overrides: Partial<PostView>): PostView {
  return {
    id: 12,
    section: "ANNOUNCEMENT",
    title: "ประกาศรับสมัคร",
    summary: "",
    path: "/posts/12",
    slug: null,
    publishedAt: fromBangkok(2022, 3, 1, 10, 0),
    firstPublishedAt: fromBangkok(2022, 3, 1, 10, 0),
    lastUpdatedAt: null,
    body: "<p>เนื้อหา</p>",
    bodyEn: null,
    english: null,
    viewCount: 0,
    cover: null,
    tags: [],
    gallery: [],
    attachments: [],
    video: null,
    changeNotes: [],
    ...overrides,
  };
}

describe("post change notes", () => {
  const notes = [
    // Given oldest first: the page must still put the newest on top.
    { note: "แก้ไขวันประกาศรายชื่อ", at: fromBangkok(2022, 3, 4, 14, 0) },
    { note: "เพิ่มสถานที่สอบ", at: fromBangkok(2022, 3, 9, 0, 30) },
  ];
  const html = renderToStaticMarkup(
    createElement(PostArticle, { post: post({ lastUpdatedAt: fromBangkok(2022, 3, 9, 0, 30), changeNotes: notes }) }),
  );

  it("lists each note with its Thai date and time under «ปรับปรุงล่าสุด», newest first", () => {
    const section = /<section[^>]*id="post-updates"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(textOf(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)?.[1] ?? "")).toBe("ปรับปรุงล่าสุด 9 มีนาคม 2565 เวลา 00.30 น.");
    const items = [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
    expect(items).toEqual(["9 มี.ค. 2565 เวลา 00.30 น. — เพิ่มสถานที่สอบ", "4 มี.ค. 2565 เวลา 14.00 น. — แก้ไขวันประกาศรายชื่อ"]);
  });

  it("shows them without a closed box, and the header links to them", () => {
    expect(html).not.toContain("<details");
    expect(textOf(html)).toContain("เผยแพร่ครั้งแรก 1 มีนาคม 2565 เวลา 10.00 น.");
    expect(html).toMatch(/<a[^>]*href="#post-updates"[^>]*>ปรับปรุงล่าสุด 9 มี\.ค\. 2565<\/a>/);
  });

  it("a post never updated has no «ปรับปรุงล่าสุด»", () => {
    const plain = renderToStaticMarkup(createElement(PostArticle, { post: post({}) }));
    expect(plain).not.toContain("ปรับปรุงล่าสุด");
    expect(plain).not.toContain("post-updates");
  });
});

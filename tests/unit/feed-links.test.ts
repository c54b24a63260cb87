// The feed links a section listing shows to readers: the section's RSS and Atom and the
// site-wide ones, the same addresses and names as the page's <link rel="alternate">.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FeedLinks } from "@/components/site/posts/feed-links";
import { feedAlternates } from "@/lib/feeds/links";
import { sectionInfo } from "@/lib/posts/sections";

describe("section feed links", () => {
  it("are visible links with Thai names to the section's and the site's RSS and Atom", () => {
    const section = sectionInfo("PRESS_RELEASE");
    const html = renderToStaticMarkup(createElement(FeedLinks, { section }));
    expect(html).toMatch(/^<nav aria-label="ฟีดข่าว RSS และ Atom"/);
    const links = [...html.matchAll(/<a href="([^"]+)" type="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    expect(links).toEqual([
      ["/news/press-releases/feed.xml", "application/rss+xml", "ข่าวประชาสัมพันธ์ (RSS)"],
      ["/news/press-releases/atom.xml", "application/atom+xml", "ข่าวประชาสัมพันธ์ (Atom)"],
      ["/feed.xml", "application/rss+xml", "ข่าวและประกาศทั้งหมด (RSS)"],
      ["/atom.xml", "application/atom+xml", "ข่าวและประกาศทั้งหมด (Atom)"],
    ]);
    // The page head names the same feeds.
    const head = feedAlternates(section) as Record<string, { url: string; title: string }[]>;
    const headLinks = Object.entries(head).flatMap(([type, list]) => list.map((l) => [l.url, type, l.title]));
    expect(new Set(headLinks.map(String))).toEqual(new Set(links.map(String)));
  });
});

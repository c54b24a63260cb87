// The feed links a section listing shows to readers: the section's RSS and Atom and the
// site-wide ones, in the page's language, the same addresses and names as the page's
// <link rel="alternate">.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FeedLinks } from "@/components/site/posts/feed-links";
import { feedAlternates } from "@/lib/feeds/links";
import type { SiteLang } from "@/lib/i18n/langs";
import { sectionInfo } from "@/lib/posts/sections";

const section = sectionInfo("PRESS_RELEASE");

function shown(lang: SiteLang) {
  const html = renderToStaticMarkup(createElement(FeedLinks, { section, lang }));
  const links = [...html.matchAll(/<a href="([^"]+)" type="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [
    m[1],
    m[2],
    m[3],
  ]);
  // The page head names the same feeds.
  const head = feedAlternates(lang, section) as Record<string, { url: string; title: string }[]>;
  const headLinks = Object.entries(head).flatMap(([type, list]) => list.map((l) => [l.url, type, l.title]));
  expect(new Set(headLinks.map(String))).toEqual(new Set(links.map(String)));
  return { html, links };
}

describe("section feed links", () => {
  it("are visible links with Thai names to the section's and the site's RSS and Atom", () => {
    const { html, links } = shown("th");
    expect(html).toMatch(/^<nav aria-label="ฟีดข่าว RSS และ Atom"/);
    expect(links).toEqual([
      ["/news/press-releases/feed.xml", "application/rss+xml", "ข่าวประชาสัมพันธ์ (RSS)"],
      ["/news/press-releases/atom.xml", "application/atom+xml", "ข่าวประชาสัมพันธ์ (Atom)"],
      ["/feed.xml", "application/rss+xml", "ข่าวและประกาศทั้งหมด (RSS)"],
      ["/atom.xml", "application/atom+xml", "ข่าวและประกาศทั้งหมด (Atom)"],
    ]);
  });

  it("on an English page lead to the English feeds, with English names", () => {
    const { html, links } = shown("en");
    expect(html).toMatch(/^<nav aria-label="RSS and Atom news feeds"/);
    expect(html).toContain("Follow in a feed reader:");
    expect(links).toEqual([
      ["/en/news/press-releases/feed.xml", "application/rss+xml", "Press releases (RSS)"],
      ["/en/news/press-releases/atom.xml", "application/atom+xml", "Press releases (Atom)"],
      ["/en/feed.xml", "application/rss+xml", "All news and announcements (RSS)"],
      ["/en/atom.xml", "application/atom+xml", "All news and announcements (Atom)"],
    ]);
  });
});

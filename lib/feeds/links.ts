import type { Metadata } from "next";

export type FeedLink = { url: string; title: string; type: "application/rss+xml" | "application/atom+xml" };

/**
 * The feeds a page offers: the section's own first (when there is one), then the whole site's,
 * each as RSS and Atom. One list for the <head> links and the links readers see on the page.
 */
export function feedLinks(section?: { slug: string; label: string }): FeedLink[] {
  const of = (base: string, label: string): FeedLink[] => [
    { url: `${base}/feed.xml`, title: `${label} (RSS)`, type: "application/rss+xml" },
    { url: `${base}/atom.xml`, title: `${label} (Atom)`, type: "application/atom+xml" },
  ];
  return [...(section ? of(`/news/${section.slug}`, section.label) : []), ...of("", "ข่าวและประกาศทั้งหมด")];
}

// <link rel="alternate"> to the feeds, for a page's metadata. A page that sets its own
// `alternates` (a canonical address) replaces its layout's, so each such page adds these again.
export function feedAlternates(section?: {
  slug: string;
  label: string;
}): NonNullable<Metadata["alternates"]>["types"] {
  const links = feedLinks(section);
  const pick = (type: FeedLink["type"]) =>
    links.filter((l) => l.type === type).map(({ url, title }) => ({ url, title }));
  return { "application/rss+xml": pick("application/rss+xml"), "application/atom+xml": pick("application/atom+xml") };
}

import type { Metadata } from "next";

// <link rel="alternate"> to the feeds, for a page's metadata. A page that sets its own
// `alternates` (a canonical address) replaces its layout's, so each such page adds these again.
export function feedAlternates(section?: { slug: string; label: string }): NonNullable<Metadata["alternates"]>["types"] {
  const all = [
    { url: "/feed.xml", title: "ข่าวและประกาศทั้งหมด (RSS)" },
  ];
  const atom = [{ url: "/atom.xml", title: "ข่าวและประกาศทั้งหมด (Atom)" }];
  if (section) {
    all.unshift({ url: `/news/${section.slug}/feed.xml`, title: `${section.label} (RSS)` });
    atom.unshift({ url: `/news/${section.slug}/atom.xml`, title: `${section.label} (Atom)` });
  }
  return { "application/rss+xml": all, "application/atom+xml": atom };
}

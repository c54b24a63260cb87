import type { Metadata } from "next";
import type { Section } from "@/lib/generated/prisma/enums";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

export type FeedLink = { url: string; title: string; type: "application/rss+xml" | "application/atom+xml" };

/**
 * The feeds a page in `lang` offers, in that language: the section's own first (when there is
 * one), then the whole site's, each as RSS and Atom. One list for the <head> links and the links
 * readers see on the page.
 */
export function feedLinks(lang: SiteLang, section?: { key: Section; slug: string }): FeedLink[] {
  const t = translator(lang);
  const of = (base: string, label: string): FeedLink[] => [
    { url: localePath(lang, `${base}/feed.xml`), title: `${label} (RSS)`, type: "application/rss+xml" },
    { url: localePath(lang, `${base}/atom.xml`), title: `${label} (Atom)`, type: "application/atom+xml" },
  ];
  return [
    ...(section ? of(`/news/${section.slug}`, t(`sections.${section.key}.label`)) : []),
    ...of("", t("feeds.all")),
  ];
}

// <link rel="alternate"> to the feeds, for a page's metadata. A page that sets its own
// `alternates` (a canonical address) replaces its layout's, so each such page adds these again.
export function feedAlternates(
  lang: SiteLang,
  section?: { key: Section; slug: string },
): NonNullable<Metadata["alternates"]>["types"] {
  const links = feedLinks(lang, section);
  const pick = (type: FeedLink["type"]) =>
    links.filter((l) => l.type === type).map(({ url, title }) => ({ url, title }));
  return { "application/rss+xml": pick("application/rss+xml"), "application/atom+xml": pick("application/atom+xml") };
}

import { sectionBySlug, sectionPath } from "@/lib/posts/sections";
import type { Section } from "@/lib/generated/prisma/enums";
import { absolute } from "@/lib/http/absolute";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { getLocalSettings } from "@/lib/i18n/site-settings";
import { translator } from "@/lib/i18n/translator";
import { feedItems } from "./queries";
import { buildAtom, buildRss, type FeedMeta } from "./posts-feed";

// Responses of the machine-readable addresses. They are shared-cacheable for a minute like the
// pages (the page cache in front of Next keeps them, and any staff change empties it at once).

export const SHARED_CACHE = "public, s-maxage=60, stale-while-revalidate=300";

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": SHARED_CACHE } });
}

export function notFound(): Response {
  return new Response("ไม่พบหน้าที่ต้องการ", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The section a /news/{slug}/… address names, or null (404). */
export function sectionOf(slug: string): { key: Section; label: string; slug: string } | null {
  const info = sectionBySlug(slug);
  return info ? { key: info.key, label: info.label, slug: info.slug } : null;
}

/** A feed of the latest posts (of one section, or all) in `lang`: /feed.xml, /en/news/…/atom.xml … */
export async function postsFeed(
  format: "rss" | "atom",
  section: { key: Section; slug: string } | null,
  lang: SiteLang = "th",
): Promise<Response> {
  const [settings, items] = await Promise.all([getLocalSettings(lang), feedItems(lang, section?.key)]);
  const t = translator(lang);
  const office = settings.officeName;
  const label = section ? t(`sections.${section.key}.label`) : "";
  const file = format === "rss" ? "feed.xml" : "atom.xml";
  const meta: FeedMeta = {
    lang,
    title: section ? `${label} — ${office}` : office,
    description: section
      ? t("feeds.sectionDescription", { section: label, office })
      : t("feeds.description", { office }),
    pageUrl: absolute(localePath(lang, section ? sectionPath(section.key) : "/")),
    selfUrl: absolute(localePath(lang, section ? `/news/${section.slug}/${file}` : `/${file}`)),
    siteUrl: absolute(""),
    fallbackUpdated: new Date(),
  };
  return format === "rss"
    ? xmlResponse(buildRss(meta, items), "application/rss+xml")
    : xmlResponse(buildAtom(meta, items), "application/atom+xml");
}

import { getSiteSettings } from "@/lib/settings/queries";
import { sectionBySlug, sectionPath } from "@/lib/posts/sections";
import type { Section } from "@/lib/generated/prisma/enums";
import { absolute } from "@/lib/http/absolute";
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

export async function postsFeed(
  format: "rss" | "atom",
  section: { key: Section; label: string; slug: string } | null,
): Promise<Response> {
  const settings = await getSiteSettings();
  const file = format === "rss" ? "feed.xml" : "atom.xml";
  const meta: FeedMeta = {
    title: section ? `${section.label} — ${settings.officeName}` : settings.officeName,
    description: section
      ? `${section.label} ล่าสุดจาก${settings.officeName}`
      : `ข่าวและประกาศล่าสุดจาก${settings.officeName}`,
    pageUrl: absolute(section ? sectionPath(section.key) : "/"),
    selfUrl: absolute(section ? `/news/${section.slug}/${file}` : `/${file}`),
    siteUrl: absolute(""),
    fallbackUpdated: new Date(),
  };
  const items = await feedItems(section?.key);
  return format === "rss"
    ? xmlResponse(buildRss(meta, items), "application/rss+xml")
    : xmlResponse(buildAtom(meta, items), "application/atom+xml");
}

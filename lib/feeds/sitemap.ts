import { getPrisma } from "@/lib/db/client";
import { OFFICE_PAGES } from "@/lib/office/pages";
import { SECTIONS, sectionPath } from "@/lib/posts/sections";
import { postPath } from "@/lib/posts/url";
import { absolute } from "@/lib/http/absolute";
import { getPublishedFiscalYears } from "@/lib/procurement/queries";
import { hasEnglish, localePath } from "@/lib/i18n/paths";
import { xmlText } from "./xml";

// sitemap.xml: the home page, every section listing, the calendar, the procurement disclosures of
// every fiscal year that has some, the office's own pages (about, contact, privacy, accessibility,
// the human site map) and every published post at its canonical address with the date it last
// changed for readers. A page with an English version (lib/i18n/paths.ts) is listed in both
// languages, each entry naming both as alternates, Thai also for any other language (Google's
// xhtml:link form). (A site of up to 50,000 addresses fits one file, the protocol's limit.)

export type SitemapAlternate = { hreflang: "th" | "en" | "x-default"; href: string };
export type SitemapEntry = { url: string; lastModified?: Date; alternates?: SitemapAlternate[] };
type PageEntry = { path: string; lastModified?: Date };

/** One page's entries: its Thai address, and its English one when it has one (both with alternates). */
function inLanguages({ path, lastModified }: PageEntry): SitemapEntry[] {
  if (!hasEnglish(path)) return [{ url: absolute(path), lastModified }];
  const th = absolute(path);
  const en = absolute(localePath("en", path));
  const alternates: SitemapAlternate[] = [
    { hreflang: "th", href: th },
    { hreflang: "en", href: en },
    { hreflang: "x-default", href: th },
  ];
  return [
    { url: th, lastModified, alternates },
    { url: en, lastModified, alternates },
  ];
}

export const SITEMAP_LIMIT = 50_000;

/** The office's own pages, with the date each last changed where it is kept. */
async function officeEntries(): Promise<PageEntry[]> {
  const rows = await getPrisma().officePage.findMany({ select: { key: true, updatedAt: true } });
  const changed = new Map(rows.map((r) => [r.key, r.updatedAt]));
  return [
    ...OFFICE_PAGES.map((p) => ({ path: p.path, lastModified: changed.get(p.key) })),
    { path: "/accessibility" },
    { path: "/sitemap" },
  ];
}

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [office, years] = await Promise.all([officeEntries(), getPublishedFiscalYears()]);
  const posts = await getPrisma().post.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    // Every page may be listed in two languages: home, sections, calendar, procurement, the
    // office's pages, the fiscal years, then as many posts as fit.
    take: Math.floor((SITEMAP_LIMIT - 2 * (1 + SECTIONS.length + 2 + office.length + years.length)) / 2),
    select: { id: true, slug: true, section: true, publishedAt: true, lastUpdatedAt: true },
  });
  const latest = new Map<string, Date>();
  const postEntries = posts.map((p) => {
    const changed =
      p.lastUpdatedAt && p.publishedAt && p.lastUpdatedAt > p.publishedAt
        ? p.lastUpdatedAt
        : (p.publishedAt ?? undefined);
    if (changed && !(latest.get(p.section) && latest.get(p.section)! > changed)) latest.set(p.section, changed);
    return { path: postPath(p.id, p.slug), lastModified: changed };
  });
  const newest = [...latest.values()].reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  const pages: PageEntry[] = [
    { path: "/", lastModified: newest },
    ...SECTIONS.map((s) => ({ path: sectionPath(s.key), lastModified: latest.get(s.key) })),
    { path: "/calendar" },
    { path: "/procurement" },
    ...years.map((y) => ({ path: `/procurement/${y}` })),
    ...office,
    ...postEntries,
  ];
  return pages.flatMap(inLanguages);
}

function urlElement(e: SitemapEntry): string {
  const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : "";
  const links = (e.alternates ?? []).map(
    (a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${xmlText(a.href)}"/>`,
  );
  return `  <url><loc>${xmlText(e.url)}</loc>${lastmod}${links.join("")}</url>`;
}

export function buildSitemap(entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.map(urlElement).join("\n")}
</urlset>
`;
}

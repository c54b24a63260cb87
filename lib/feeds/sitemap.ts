import { getPrisma } from "@/lib/db/client";
import { OFFICE_PAGES } from "@/lib/office/pages";
import { SECTIONS, sectionPath } from "@/lib/posts/sections";
import { postPath } from "@/lib/posts/url";
import { absolute } from "@/lib/http/absolute";
import { getPublishedFiscalYears } from "@/lib/procurement/queries";
import { xmlText } from "./xml";

// sitemap.xml: the home page, every section listing, the calendar, the procurement disclosures of
// every fiscal year that has some, the office's own pages (about, contact, privacy, accessibility,
// the human site map) and every published post at its canonical address with the date it last
// changed for readers. (A site of up to 50,000 addresses
// fits one file, the protocol's limit.)

export type SitemapEntry = { url: string; lastModified?: Date };

export const SITEMAP_LIMIT = 50_000;

/** The office's own pages, with the date each last changed where it is kept. */
async function officeEntries(): Promise<SitemapEntry[]> {
  const rows = await getPrisma().officePage.findMany({ select: { key: true, updatedAt: true } });
  const changed = new Map(rows.map((r) => [r.key, r.updatedAt]));
  return [
    ...OFFICE_PAGES.map((p) => ({ url: absolute(p.path), lastModified: changed.get(p.key) })),
    { url: absolute("/accessibility") },
    { url: absolute("/sitemap") },
  ];
}

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [office, years] = await Promise.all([officeEntries(), getPublishedFiscalYears()]);
  const posts = await getPrisma().post.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: SITEMAP_LIMIT - SECTIONS.length - 3 - office.length - years.length,
    select: { id: true, slug: true, section: true, publishedAt: true, lastUpdatedAt: true },
  });
  const latest = new Map<string, Date>();
  const postEntries = posts.map((p) => {
    const changed =
      p.lastUpdatedAt && p.publishedAt && p.lastUpdatedAt > p.publishedAt
        ? p.lastUpdatedAt
        : (p.publishedAt ?? undefined);
    if (changed && !(latest.get(p.section) && latest.get(p.section)! > changed)) latest.set(p.section, changed);
    return { url: absolute(postPath(p.id, p.slug)), lastModified: changed };
  });
  const newest = [...latest.values()].reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  return [
    { url: absolute("/"), lastModified: newest },
    ...SECTIONS.map((s) => ({ url: absolute(sectionPath(s.key)), lastModified: latest.get(s.key) })),
    { url: absolute("/calendar") },
    { url: absolute("/procurement") },
    ...years.map((y) => ({ url: absolute(`/procurement/${y}`) })),
    ...office,
    ...postEntries,
  ];
}

export function buildSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `  <url><loc>${xmlText(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}

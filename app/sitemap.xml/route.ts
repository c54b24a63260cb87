import { xmlResponse } from "@/lib/feeds/respond";
import { buildSitemap, sitemapEntries } from "@/lib/feeds/sitemap";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return xmlResponse(buildSitemap(await sitemapEntries()), "application/xml");
}

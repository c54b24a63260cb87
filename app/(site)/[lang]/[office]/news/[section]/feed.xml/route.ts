import { notFound, postsFeed, sectionOf } from "@/lib/feeds/respond";
import { langOf } from "@/lib/i18n/langs";

// RSS 2.0 of one section: /news/{section}/feed.xml, in English /en/news/{section}/feed.xml
export const dynamic = "force-dynamic";

type Params = Promise<{ lang: string; section: string }>;

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { lang, section: slug } = await params;
  const section = sectionOf(slug);
  return section ? postsFeed("rss", section, langOf(lang)) : notFound();
}

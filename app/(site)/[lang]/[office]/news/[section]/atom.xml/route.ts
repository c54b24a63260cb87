import { notFound, postsFeed, sectionOf } from "@/lib/feeds/respond";
import { langOf } from "@/lib/i18n/langs";

// Atom 1.0 of one section: /news/{section}/atom.xml, in English /en/news/{section}/atom.xml
export const dynamic = "force-dynamic";

type Params = Promise<{ lang: string; section: string }>;

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { lang, section: slug } = await params;
  const section = sectionOf(slug);
  return section ? postsFeed("atom", section, langOf(lang)) : notFound();
}

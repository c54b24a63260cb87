import { notFound, postsFeed, sectionOf } from "@/lib/feeds/respond";

// RSS 2.0 of one section: /news/{section}/feed.xml
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }): Promise<Response> {
  const section = sectionOf((await params).section);
  return section ? postsFeed("rss", section) : notFound();
}

import { postsFeed } from "@/lib/feeds/respond";

// RSS 2.0 of the latest posts of every section, in English (the Thai one is /feed.xml). Like it, it
// keeps its own address outside the office's pages (lib/offices/segment.ts).
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return postsFeed("rss", null, "en");
}

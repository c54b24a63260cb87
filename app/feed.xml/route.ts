import { postsFeed } from "@/lib/feeds/respond";

// RSS 2.0 of the latest posts of every section.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return postsFeed("rss", null);
}

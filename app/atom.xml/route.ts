import { postsFeed } from "@/lib/feeds/respond";

// Atom 1.0 of the latest posts of every section.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return postsFeed("atom", null);
}

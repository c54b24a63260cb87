import { revalidatePath } from "next/cache";
import { purgeFront } from "./front";
import { notifyPeers } from "./peers";
import { purgePageCache } from "./purge-page-cache";

/**
 * After any change the public can see: every public page (home, listings, posts, calendar,
 * feeds) is marked stale in Next's cache and re-rendered on its next request, and every entry of
 * the memory cache in front of Next is marked stale (refreshed by one request per page while
 * concurrent requests keep getting the old copy: server/page-cache.ts). A small office site
 * changes a few times a day, so refreshing everything is simpler and safer than tracking which
 * pages show what; on election night that refresh costs one render per page actually visited.
 * Call it after the change has committed: a render that reads the database before the commit
 * and is stored after this call is not refreshed by it (see ./keep-briefly.ts). The other
 * instances of the site, if any, are told to do the same (./peers.ts).
 */
export function revalidatePublic(): void {
  revalidateHere();
  void notifyPeers();
}

/**
 * The same refresh in this process only (for a change another instance already announced), and
 * then of the front cache's copies, if there is one (./front.ts).
 */
export function revalidateHere(): void {
  revalidatePath("/", "layout");
  purgePageCache();
  void purgeFront();
}

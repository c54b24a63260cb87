import { revalidatePath, unstable_cache } from "next/cache";
import { purgePageCache } from "@/lib/server/page-cache";

/**
 * After any change the public can see: every public page (home, listings, posts, calendar,
 * feeds) is marked stale in Next's cache and re-rendered on its next request, and every entry of
 * the memory cache in front of Next is marked stale (refreshed by one request per page while
 * concurrent requests keep getting the old copy: lib/server/page-cache.ts). A small office site
 * changes a few times a day, so refreshing everything is simpler and safer than tracking which
 * pages show what; on election night that refresh costs one render per page actually visited.
 * Call it after the change has committed: a render that reads the database before the commit
 * and is stored after this call is not refreshed by it (see keepOnlyBriefly).
 */
export function revalidatePublic(): void {
  revalidatePath("/", "layout");
  purgePageCache();
}

/** How long Next and the page cache keep an answer rendered with keepOnlyBriefly(). */
export const BRIEF_SECONDS = 2;

// Does nothing but carry a revalidate into the render that calls it.
const briefMarker = unstable_cache(async () => true, ["ect-keep-only-briefly"], { revalidate: BRIEF_SECONDS });

/**
 * Keeps the current page render for BRIEF_SECONDS instead of its route's revalidate: Next keeps
 * an ISR page for the lowest revalidate among what the render read (an unstable_cache call counts),
 * and sends it as `s-maxage`, which the page cache in front follows.
 *
 * For answers that must not outlive the data they were read from, such as "no such post": Next
 * stamps a page with the time it was stored, not the time its data was read, so a render that read
 * the post just before its publish committed and was stored just after revalidatePublic() counts
 * as fresh. Seen after a restart: the scheduler published an overdue post while the first, slow
 * render of its page was under way, and that 404 was then served for the route's 60 seconds.
 */
export async function keepOnlyBriefly(): Promise<void> {
  await briefMarker();
}

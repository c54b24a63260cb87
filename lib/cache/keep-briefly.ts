import { unstable_cache } from "next/cache";

/** How long Next and the page cache keep an answer rendered with keepOnlyBriefly(). */
export const BRIEF_SECONDS = 2;

// Does nothing but carry a revalidate into the render that calls it. Made on first use: modules
// that only import this file (and tests that mock next/cache) never need unstable_cache.
let briefMarker: (() => Promise<boolean>) | undefined;

/**
 * Keeps the current page render for BRIEF_SECONDS instead of its route's revalidate: Next keeps
 * an ISR page for the lowest revalidate among what the render read (an unstable_cache call counts),
 * and sends it as `s-maxage`, which the page cache in front follows.
 *
 * For answers that must not outlive the data they were read from, such as "no such post": Next
 * dates a page by when it was stored, not when its data was read, so a render that read the post
 * just before its publish committed and was stored just after revalidatePublic() counted as fresh.
 * Seen after a restart: the scheduler published an overdue post during the first, slow render of
 * its page, and that 404 was then served for the route's 60 seconds.
 *
 * Called by each page just before its notFound(), not from the office's not-found.tsx: Next
 * renders the not-found boundary as part of every page of the segment, so it would shorten them all.
 */
export async function keepOnlyBriefly(): Promise<void> {
  briefMarker ??= unstable_cache(async () => true, ["ect-keep-only-briefly"], { revalidate: BRIEF_SECONDS });
  await briefMarker();
}

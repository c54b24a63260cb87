import { INTERNAL_SECRET_HEADER, internalSecret } from "@/lib/cache/internal-secret";
import { purgePageCache } from "@/lib/cache/purge-page-cache";
import { env } from "@/lib/env";

/**
 * Refreshes this server's own public pages: its memory page cache, and Next's cache, which Next
 * revalidates only while handling a request, so the server asks itself
 * (app/api/internal/revalidate). Used by the scheduler after it published and by the peer listener
 * when another instance changed something.
 */
export async function refreshHere(): Promise<void> {
  purgePageCache();
  const { port, hostname } = env();
  const host = ["0.0.0.0", "::", "localhost"].includes(hostname) ? "127.0.0.1" : hostname;
  const res = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/api/internal/revalidate`, {
    method: "POST",
    headers: { [INTERNAL_SECRET_HEADER]: internalSecret() },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 204) throw new Error(`revalidate answered ${res.status}`);
}

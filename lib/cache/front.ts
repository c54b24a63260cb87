import { env } from "@/lib/env";

// The front cache before the instances (deploy/varnish/ect.vcl): after every refresh of an
// instance's own caches it is told to drop its copies (PURGE, which bans every copy), so that a
// change shows through it at once. Each instance sends one after its own refresh: the one that
// made the change, and every other after the peer message (./peers.ts), so a copy the front
// fetched from an instance that had not refreshed yet is dropped by that instance's purge.

const TIMEOUT_MS = 2_000;

/** Asks the front, if there is one (FRONT_PURGE_URL), to drop every copy (PURGE /). Never throws. */
export async function purgeFront(): Promise<void> {
  const url = env().frontPurgeUrl;
  if (!url) return;
  try {
    const res = await fetch(`${url}/`, { method: "PURGE", signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) throw new Error(`answered ${res.status}`);
  } catch (error) {
    console.error(`[front] could not empty the front cache: ${error instanceof Error ? error.message : error}`);
  }
}

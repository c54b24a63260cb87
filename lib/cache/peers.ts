import { randomUUID } from "node:crypto";
import { getRootPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";

// Several instances of the site on one PostgreSQL server: a change made through one must refresh
// what every other one serves. revalidatePublic() sends a NOTIFY on PEER_CHANNEL naming this
// instance; every server LISTENs (server/peer-listener.ts) and refreshes its own caches when
// another instance sent it. With the embedded database there is one process and nothing to tell.

export const PEER_CHANNEL = "ect_public_changed";

// One id per process, shared by the server's modules and Next's bundled copy of this one.
const KEY = Symbol.for("ect.instance.id");
type WithId = typeof globalThis & { [KEY]?: string };

/** This process's id among the instances. */
export function instanceId(): string {
  const g = globalThis as WithId;
  return (g[KEY] ??= randomUUID());
}

/** Tells the other instances that public content changed. Never throws: a lost message is logged. */
export async function notifyPeers(from: string = instanceId()): Promise<void> {
  if (!env().databaseUrl) return;
  try {
    await getRootPrisma().$executeRaw`SELECT pg_notify(${PEER_CHANNEL}, ${from})`;
  } catch (error) {
    console.error(`[peers] could not tell the other instances: ${error instanceof Error ? error.message : error}`);
  }
}

import { getPrisma } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { visitorId } from "@/lib/online/visitors";
import { withRedis } from "@/lib/redis/client";
import { dayKeyString, todayInBangkok } from "@/lib/thai-date";

// Download counts: at most one per visitor per file per Bangkok day, and no database write per
// request. A visitor is the same keyed hash of (day, address, browser) as "visitors online", so
// a crawler walking the ids, or someone pressing reload, adds one per file per day at most. The
// counts gather in memory and are written in one statement every FLUSH_MS; a server that stops
// loses at most that much counting, never a file. With REDIS_URL, who was seen today is shared by
// every instance (one SET NX per visitor and file); otherwise each process remembers its own.

const FLUSH_MS = 30_000;
// A bound on memory for one day's visitor×file pairs; past it the day starts afresh (a visitor
// may then count twice, which is the lesser harm).
const MAX_SEEN = 200_000;

let seenDay = "";
const seen = new Set<string>();
const pending = new Map<number, number>();
let timer: ReturnType<typeof setInterval> | null = null;

/** Notes one download by this visitor; true when it counts (the first today for this file). */
export async function noteDownload(assetId: number, headers: Headers, now = new Date()): Promise<boolean> {
  const day = dayKeyString(todayInBangkok(now));
  const key = `${assetId}:${visitorId(clientAddress(headers), headers.get("user-agent") ?? "", now)}`;
  // With REDIS_URL, "seen today" is shared by every instance: the first SET wins; the key lives
  // past the Bangkok day (the visitor hash changes with the day anyway).
  const first = await withRedis(
    async (redis) =>
      (await redis.set(`ect:download:${day}:${key}`, "1", {
        condition: "NX",
        expiration: { type: "PX", value: 26 * 3_600_000 },
      })) !== null,
  );
  if (first === false) return false;
  if (first === null && !firstHere(day, key)) return false;
  pending.set(assetId, (pending.get(assetId) ?? 0) + 1);
  timer ??= setInterval(() => void flushDownloads(), FLUSH_MS);
  timer.unref?.();
  return true;
}

/** "Seen today" in this process's memory: a single server, or while Redis cannot answer. */
function firstHere(day: string, key: string): boolean {
  if (day !== seenDay || seen.size >= MAX_SEEN) {
    seen.clear();
    seenDay = day;
  }
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** Writes the gathered counts (one UPDATE); on failure they stay for the next try. */
export async function flushDownloads(db: PrismaClient = getPrisma()): Promise<void> {
  if (pending.size === 0) return;
  const batch = [...pending.entries()];
  pending.clear();
  try {
    const values = Prisma.join(batch.map(([id, n]) => Prisma.sql`(${id}::int, ${n}::int)`));
    await db.$executeRaw`
      UPDATE "Asset" AS a SET "downloadCount" = a."downloadCount" + v.n
      FROM (VALUES ${values}) AS v(id, n) WHERE a.id = v.id`;
  } catch (e) {
    for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
    console.error(`[media] could not save download counts: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Tests only: forget who was seen and what is pending. */
export function resetDownloadsForTests(): void {
  seen.clear();
  pending.clear();
  seenDay = "";
}

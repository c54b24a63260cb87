import { withRedis } from "@/lib/redis/client";
import type { Verdict } from "./rate-limit";
import { visitorId } from "./visitors";

// The visitor counter's request limit across every instance, in Redis (REDIS_URL): one counter per
// address and window (INCR, expiring with the window), so an address gets the limit once whatever
// instance each request reaches. The key holds the address's keyed hash, never the address.
// Null when Redis cannot answer: the caller then counts in this process (lib/online/rate-limit.ts).

export async function takeShared(
  address: string,
  limit: number,
  windowMs: number,
  now: Date,
  scope = "online",
): Promise<Verdict | null> {
  const t = now.getTime();
  const start = t - (t % windowMs);
  const key = `ect:${scope}:limit:${visitorId(address, "", now)}:${start}`;
  const count = await withRedis(async (redis) => {
    const [n] = await redis.multi().incr(key).pExpire(key, windowMs).exec();
    return Number(n);
  });
  if (count === null) return null;
  if (count <= limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - t) / 1000)) };
}

import { createClient } from "@redis/client";
import { env } from "@/lib/env";

// Redis, when REDIS_URL is set: where several instances share state that changes on nearly every
// request and would be too hot for PostgreSQL (the visitor counter's request limit, download
// counting). Its callers treat it as a help, never a dependency: while Redis is not set, not yet
// connected or down, withRedis() answers null at once (no queue of waiting commands) and they
// keep the same state in this process's memory, as a single server does.

function connect(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (attempt) => Math.min(250 * 2 ** attempt, 10_000) },
  });
}
type Client = ReturnType<typeof connect>;
const GLOBAL_KEY = Symbol.for("ect.redis");
type Holder = { [GLOBAL_KEY]?: Client };

function client(): Client | null {
  const url = env().redisUrl;
  if (!url) return null;
  // One per process, whichever bundle asks (Next may bundle route handlers apart).
  const g = globalThis as Holder;
  if (!g[GLOBAL_KEY]) {
    const c = connect(url);
    let reported = false;
    c.on("error", (e: unknown) => {
      if (!reported)
        console.error(
          `[redis] ${e instanceof Error ? e.message : String(e)} (retrying; using this process's memory meanwhile)`,
        );
      reported = true;
    });
    c.on("ready", () => (reported = false));
    c.connect().catch(() => {}); // reported by the error event; reconnects by itself
    g[GLOBAL_KEY] = c;
  }
  return g[GLOBAL_KEY];
}

/** `op` on Redis; null when Redis is not set, not connected, or the command failed. */
export async function withRedis<T>(op: (redis: Client) => Promise<T>): Promise<T | null> {
  const c = client();
  if (!c?.isReady) return null;
  try {
    return await op(c);
  } catch (e) {
    console.error(`[redis] ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Connects now (server start), so the first requests already share; resolves either way. */
export async function warmRedis(ms = 2_000): Promise<boolean> {
  const c = client();
  if (!c) return false;
  for (const until = Date.now() + ms; !c.isReady && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
  return c.isReady;
}

/** Tests: close and forget the connection (the next call opens one for the current REDIS_URL). */
export async function closeRedisForTests(): Promise<void> {
  const g = globalThis as Holder;
  const c = g[GLOBAL_KEY];
  delete g[GLOBAL_KEY];
  if (c?.isOpen) await c.close().catch(() => c.destroy());
  else c?.destroy();
}

import { clientAddress } from "@/lib/http/client-address";
import { requestOffice } from "@/lib/offices/context";
import { VisitorCounter } from "./counter";
import { RateLimiter } from "./rate-limit";
import { takeShared } from "./shared-limit";
import { databaseVisitorStore } from "./store";

// What /api/online and its image twin do with a request: rate-limit the address, then note the
// visit. A page load and a heartbeat a minute per open tab are a few requests a minute; an
// office behind one address with many readers stays well under the limit.
export const REQUESTS_PER_MINUTE = 60;
export const TOO_MANY_MESSAGE = "มีคำขอมากเกินไป กรุณาลองใหม่ภายหลัง";

// One count per office (its visitors are its own); one limit per address across all of them.
type Online = { counters: Map<number, VisitorCounter>; limiter: RateLimiter };
const GLOBAL_KEY = Symbol.for("ect.online");

/** One per process, shared by both routes (Next may bundle them apart). */
function online(): Online {
  const g = globalThis as { [GLOBAL_KEY]?: Online };
  g[GLOBAL_KEY] ??= {
    counters: new Map(),
    limiter: new RateLimiter(REQUESTS_PER_MINUTE, 60_000),
  };
  return g[GLOBAL_KEY];
}

/** Tests start from nothing. */
export function resetOnlineForTests(): void {
  delete (globalThis as { [GLOBAL_KEY]?: Online })[GLOBAL_KEY];
}

export type VisitResult = { ok: true; online: number } | { ok: false; retryAfterSeconds: number };

export async function countVisit(request: Request, now = new Date()): Promise<VisitResult> {
  const { counters, limiter } = online();
  // Outside a served request (tests), the default office: 0 stands for it.
  const office = requestOffice()?.id ?? 0;
  let counter = counters.get(office);
  if (!counter) counters.set(office, (counter = new VisitorCounter(databaseVisitorStore)));
  const address = clientAddress(request.headers);
  // Across instances when Redis answers (REDIS_URL), else in this process.
  const verdict = (await takeShared(address, REQUESTS_PER_MINUTE, 60_000, now)) ?? limiter.take(address, now.getTime());
  if (!verdict.ok) return verdict;
  return { ok: true, online: await counter.visit(address, request.headers.get("user-agent") ?? "", now) };
}

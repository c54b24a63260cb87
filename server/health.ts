// Health checks for the front cache and for operators, answered by the server before anything
// else (any host name, no office, no page cache, never cached):
// - GET /healthz: the process is alive and answering. Touches nothing else.
// - GET /readyz: it can also reach its database (one `SELECT 1` within READY_TIMEOUT_MS); 503
//   with the staff's Thai message when not, so that a front takes the instance out of rotation.

export const READY_TIMEOUT_MS = 2_000;
export const DATABASE_NOT_READY = "ระบบฐานข้อมูลไม่พร้อม";

export type HealthAnswer = { status: number; headers: Record<string, string>; body: string };

const HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

function answer(status: number, body: Record<string, string>, extra: Record<string, string> = {}): HealthAnswer {
  return { status, headers: { ...HEADERS, ...extra }, body: JSON.stringify(body) };
}

/** `work`, or a rejection once `ms` pass without its answer. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The first line of an error; a refused connection (an AggregateError) has no message of its own, only a code. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message.split("\n")[0] || (error as NodeJS.ErrnoException).code || error.name;
}

export const isHealthPath = (url: string | undefined) => /^\/(healthz|readyz)(\?|$)/.test(url ?? "");

/** The answer to a health check, or null when the request is not one. `ping` queries the database. */
export async function healthAnswer(
  method: string | undefined,
  url: string | undefined,
  ping: () => Promise<unknown>,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<HealthAnswer | null> {
  if (!isHealthPath(url)) return null;
  const path = (url ?? "").split("?")[0];
  if (method !== "GET" && method !== "HEAD")
    return answer(405, { status: "method not allowed" }, { allow: "GET, HEAD" });
  if (path === "/healthz") return answer(200, { status: "ok" });
  try {
    await within(timeoutMs, ping());
    return answer(200, { status: "ok", database: "ok" });
  } catch (error) {
    console.error(`[readyz] database: ${describe(error)}`);
    return answer(503, { status: "unavailable", database: "unreachable", message: DATABASE_NOT_READY });
  }
}

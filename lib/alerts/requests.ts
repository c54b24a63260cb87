import { clientAddress } from "@/lib/http/client-address";
import { RateLimiter } from "@/lib/online/rate-limit";
import { takeShared } from "@/lib/online/shared-limit";

// What the alerts' route handlers (app/api/alerts/*) share: reading a posted form, the answer
// (303 to the page that shows the result, so a reload never posts twice), the shape of a token,
// and the per-address limit on subscribe requests.

/** Subscribe requests one client address may make per window, across instances with REDIS_URL. */
export const SUBSCRIBES_PER_WINDOW = 10;
const WINDOW_MS = 10 * 60_000;

const KEY = Symbol.for("ect.alerts.limiter");
function limiter(): RateLimiter {
  const g = globalThis as { [KEY]?: RateLimiter };
  return (g[KEY] ??= new RateLimiter(SUBSCRIBES_PER_WINDOW, WINDOW_MS));
}

/** Null when the address may subscribe now; else the seconds to wait. */
export async function subscribeLimit(request: Request, now = new Date()): Promise<number | null> {
  const address = clientAddress(request.headers);
  const verdict =
    (await takeShared(address, SUBSCRIBES_PER_WINDOW, WINDOW_MS, now, "alerts")) ??
    limiter().take(address, now.getTime());
  return verdict.ok ? null : verdict.retryAfterSeconds;
}

/** Tests start from nothing. */
export function resetSubscribeLimitForTests(): void {
  delete (globalThis as { [KEY]?: RateLimiter })[KEY];
}

/** The posted form, or null when the body is not one (or cannot be read). */
export async function postedForm(request: Request): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** A confirmation or manage token of the right shape, or null. */
export function tokenOf(value: FormDataEntryValue | string | null | undefined): string | null {
  return typeof value === "string" && TOKEN.test(value) ? value : null;
}

/** "See this page": a relative Location, which browsers resolve against the form's own address. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Runs a handler; when the database cannot answer, the reader gets `fallback` (the /alerts page's
 * Thai "try again shortly", which needs no database) instead of an error page.
 */
export async function orUnavailable(fallback: () => Response, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    console.error("[alerts]", e instanceof Error ? e.message : e);
    return fallback();
  }
}

export const unavailablePage = () => seeOther("/alerts?result=unavailable");

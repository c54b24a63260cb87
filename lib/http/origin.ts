import { env } from "@/lib/env";

// Mutating route handlers call this first. SameSite=Lax cookies already stop most cross-site
// posts; this closes the rest (older browsers, sibling subdomains, form posts from other sites).
// Server actions need nothing: Next compares their Origin with X-Forwarded-Host or Host itself,
// and the server removes a client's own X-Forwarded-Host before Next sees it (server/forwarded.ts).

export const CROSS_ORIGIN_MESSAGE = "คำขอนี้ไม่ได้ส่งมาจากหน้าเว็บไซต์นี้ จึงถูกปฏิเสธ กรุณาเปิดหน้าเว็บไซต์แล้วลองใหม่อีกครั้ง";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** null when the request may go on; otherwise the 403 response to return. */
export function assertSameOrigin(request: Request): Response | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const source = hostOf(request.headers.get("origin")) ?? hostOf(request.headers.get("referer"));
  if (source && allowedHosts(request).has(source)) return null;
  return Response.json({ error: CROSS_ORIGIN_MESSAGE }, { status: 403, headers: { "Cache-Control": "no-store" } });
}

function allowedHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const add = (value: string | null | undefined) => {
    const host = value?.split(",")[0]?.trim().toLowerCase();
    if (host) hosts.add(host);
  };
  add(request.headers.get("host"));
  // Behind a reverse proxy Host may be the internal name; the proxy passes the public one here.
  // Only then: without one, the header is whatever the client wrote.
  if (env().trustedProxies > 0) add(request.headers.get("x-forwarded-host"));
  add(hostOf(env().siteUrl));
  return hosts;
}

/** "host[:port]" of an absolute http(s) URL; null for "null", garbage or other schemes. */
function hostOf(value: string | null | undefined): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

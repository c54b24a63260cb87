import { env } from "@/lib/env";

// Cross-site request forgery guard for mutating route handlers: a browser always says where a
// POST comes from (Origin, or at least Referer), and a page on another site cannot lie about it.
// Server actions get the same check from Next itself; route handlers do not.

const REFUSED = "คำขอนี้ไม่ได้ส่งมาจากหน้าจัดการของเว็บไซต์นี้ จึงถูกปฏิเสธ โปรดเปิดหน้าจัดการใหม่แล้วลองอีกครั้ง";

/** null when the request comes from this site; otherwise a 403 JSON answer to return as is. */
export function assertSameOrigin(request: Request): Response | null {
  const source = hostOf(request.headers.get("origin")) ?? hostOf(request.headers.get("referer"));
  if (source && allowedHosts(request).has(source)) return null;
  return Response.json({ error: REFUSED }, { status: 403, headers: { "Cache-Control": "no-store" } });
}

function allowedHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const add = (h: string | null | undefined) => {
    if (h) hosts.add(h.trim().toLowerCase());
  };
  add(request.headers.get("host"));
  // Behind a reverse proxy the Host seen here may be the internal one.
  add(request.headers.get("x-forwarded-host")?.split(",")[0]);
  add(hostOf(env().siteUrl));
  return hosts;
}

function hostOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return null;
  }
}

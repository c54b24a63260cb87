import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, secureCookies, sessionCookieName } from "@/lib/auth/secret";
import { hasEnglish } from "@/lib/i18n/paths";
import { DEFAULT_SEGMENT, OFFICE_HEADER } from "@/lib/offices/context";
import { insidePath, publicPageOf } from "@/lib/offices/segment";

// Two jobs, before any page code runs:
// - A public page is rendered under its language and office (app/(site)/[lang]/[office]/…):
//   /posts/1 on nan's host becomes /th/nan/posts/1 inside Next, /en/posts/1 /en/nan/posts/1, so
//   that Next's page cache keeps each office's pages in each language apart.
//   The address the reader sees does not change. The server names the office in a header it
//   writes itself (server/serve.ts); without one (`next dev`) it is the default office.
// - A convenience only: signed-out visitors of the staff area go to the sign-in page. Every page,
//   action and route handler still checks the session and role itself (lib/auth/session.ts: the
//   server-side session row, which this file does not read).
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (publicPageOf(pathname)) {
    // An English address of a page with no English version yet: its Thai page (for now).
    const english = /^\/en(\/.*)?$/.exec(pathname);
    if (english && !hasEnglish(english[1] ?? "/")) {
      const thai = request.nextUrl.clone();
      thai.pathname = english[1] ?? "/";
      return NextResponse.redirect(thai, 307);
    }
    const office = request.headers.get(OFFICE_HEADER) ?? DEFAULT_SEGMENT;
    // nextUrl, not request.url: a rewrite to another origin (SITE_URL's, say) would be fetched
    // as an outside address, back through this proxy, again and again.
    const inside = request.nextUrl.clone();
    inside.pathname = insidePath(pathname, office);
    return NextResponse.rewrite(inside);
  }
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return NextResponse.next();
  if (pathname === "/admin/login" || pathname.startsWith("/admin/login/")) return NextResponse.next();
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: secureCookies(),
    cookieName: sessionCookieName(),
  });
  // A cookie from before server-side sessions (no `sid`), or past its session's end, is signed out.
  const live =
    token && typeof token.sid === "string" && typeof token.sexp === "number" && token.sexp * 1000 > Date.now();
  if (live) return NextResponse.next();
  const login = new URL("/admin/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Not Next's own files.
  matcher: ["/((?!_next/).*)"],
};

import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, secureCookies, sessionCookieName } from "@/lib/auth/secret";

// A convenience only: sends signed-out visitors of the staff area to the sign-in page before any
// page code runs. Every page, action and route handler still checks the session and role itself
// (lib/auth/session.ts: the server-side session row, which this file does not read). Public pages
// never pass through here: they are cached and must stay fast.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
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
  matcher: ["/admin", "/admin/:path*"],
};

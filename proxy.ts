import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, secureCookies, sessionCookieName } from "@/lib/auth/secret";

// A convenience only: sends signed-out visitors of the staff area to the sign-in page before any
// page code runs. Every page, action and route handler still checks the session and role itself
// (lib/auth/session.ts). Public pages never pass through here: they are cached and must stay fast.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin/login" || pathname.startsWith("/admin/login/")) return NextResponse.next();
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: secureCookies(), cookieName: sessionCookieName() });
  if (token) return NextResponse.next();
  const login = new URL("/admin/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/admin", "/admin/:path*"],
};

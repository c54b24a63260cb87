import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { currentOfficeId, getRootPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./roles";
import { authSecret, secureCookies, sessionCookieName } from "./secret";
import { sessionRowId } from "./server-sessions";

// Who the request's session cookie says is signed in, checked against the session and user rows
// (lib/auth/session.ts explains the rules). A module of its own so that the integration tests can
// replace this one source of "who is signed in" (tests/helpers/app-doubles.ts) while every
// require*() helper in session.ts stays the real one.

// One lookup per request even when the layout, the page and an action all ask.
export const userFromCookie = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const token = await getToken({
    // getToken reads only `cookies`; no Authorization header: a session is a cookie, nothing else.
    req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: secureCookies(),
    cookieName: sessionCookieName(),
  });
  return userFromClaims(token);
});

/**
 * The current user for decoded cookie claims, or null when the session no longer stands. A cookie
 * from before server-side sessions (no `sid`) counts as signed out, and so does an account of
 * another office (unless it is a platform administrator's, who is an admin in every office): a
 * cookie is sent only to the site that set it, but one office's site must never take another's.
 * `prisma` is the unconfined client: the check against the office is made here.
 */
export async function userFromClaims(
  claims: unknown,
  prisma: PrismaClient = getRootPrisma(),
  now = new Date(),
  officeId?: number,
): Promise<SessionUser | null> {
  if (!claims || typeof claims !== "object") return null;
  const { uid, sv, sid } = claims as { uid?: unknown; sv?: unknown; sid?: unknown };
  if (typeof uid !== "number" || !Number.isSafeInteger(uid) || typeof sv !== "number") return null;
  if (typeof sid !== "string" || sid.length < 20 || sid.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionRowId(sid) },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          officeId: true,
          isPlatformAdmin: true,
          active: true,
          sessionVersion: true,
          mustChangePassword: true,
        },
      },
    },
  });
  if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
  const { user } = session;
  if (user.id !== uid || !user.active || user.sessionVersion !== sv) return null;
  if (!user.isPlatformAdmin && user.officeId !== (officeId ?? (await currentOfficeId()))) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.isPlatformAdmin ? "ADMIN" : user.role,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: user.mustChangePassword,
  };
}

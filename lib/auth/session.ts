import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AuthError, hasRole, type SessionUser } from "./roles";
import { authSecret, secureCookies, sessionCookieName } from "./secret";
import { sessionRowId } from "./server-sessions";
import type { Role } from "@/lib/generated/prisma/enums";

// The one way server code learns who is signed in. The cookie only says who someone *was* when
// they signed in; the session row says whether that sign-in still stands (not signed out, not past
// its 8 hours) and the user row says who they are now. A deactivated user or a bumped
// sessionVersion (role change, password reset) ends the session too, and the role is always the
// current one. A person who must still replace a generated password is signed in, but every
// helper below except requireSignedIn() refuses them.

export type { SessionUser } from "./roles";

let resolverForTests: (() => Promise<SessionUser | null>) | null = null;

/** Tests only: decide who is signed in without a cookie; null restores the real resolver. */
export function setSessionResolverForTests(fn: (() => Promise<SessionUser | null>) | null): void {
  resolverForTests = fn;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  if (resolverForTests) return resolverForTests();
  return currentFromCookie();
}

// One lookup per request even when the layout, the page and an action all ask.
const currentFromCookie = cache(async (): Promise<SessionUser | null> => {
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
 * from before server-side sessions (no `sid`) counts as signed out.
 */
export async function userFromClaims(
  claims: unknown,
  prisma: PrismaClient = getPrisma(),
  now = new Date(),
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
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Signed in, even while a generated password still has to be replaced (the password form only). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  return user;
}

/** Signed in with a password of one's own: what every staff action and route asks first. */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) throw new AuthError("PASSWORD_CHANGE_REQUIRED");
  return user;
}

export async function requireRole(min: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, min)) throw new AuthError("FORBIDDEN");
  return user;
}

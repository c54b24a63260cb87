import { AuthError, hasRole, type SessionUser } from "./roles";
import { userFromCookie } from "./session-cookie";
import type { Role } from "@/lib/generated/prisma/enums";

// The one way server code learns who is signed in. The cookie only says who someone *was* when
// they signed in; the session row says whether that sign-in still stands (not signed out, not past
// its 8 hours) and the user row says who they are now. A deactivated user or a bumped
// sessionVersion (role change, password reset) ends the session too, and the role is always the
// current one. A person who must still replace a generated password is signed in, but every
// helper below except requireSignedIn() refuses them.

export type { SessionUser } from "./roles";

export { userFromClaims } from "./session-cookie";

export async function getCurrentUser(): Promise<SessionUser | null> {
  return userFromCookie();
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

/** The central IT's account only (isPlatformAdmin): what concerns every office, such as host names. */
export async function requirePlatformAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.isPlatformAdmin) throw new AuthError("FORBIDDEN");
  return user;
}

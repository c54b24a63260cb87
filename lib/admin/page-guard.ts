import { forbidden, redirect } from "next/navigation";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

/** The page where a generated password is replaced; every other staff page sends people there first. */
export const CHANGE_PASSWORD_PATH = "/admin/account";

/**
 * Every staff page checks the role itself, whatever the layout or proxy did: signed out goes to
 * the sign-in page, a generated password not yet replaced goes to the change-password page, too
 * low a role gets the 403 page (forbidden.tsx) and none of the data.
 */
/** requirePageRole for the platform administrator's pages (isPlatformAdmin). */
export async function requirePlatformPage(): Promise<SessionUser> {
  const user = await requirePageRole("ADMIN");
  if (!user.isPlatformAdmin) forbidden();
  return user;
}

export async function requirePageRole(min: Role, opts: { passwordChangePage?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  if (user.mustChangePassword && !opts.passwordChangePage) redirect(CHANGE_PASSWORD_PATH);
  if (!hasRole(user, min)) forbidden();
  return user;
}

import { forbidden, redirect } from "next/navigation";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every staff page checks the role itself, whatever the layout or proxy did: signed out goes to
 * the sign-in page, too low a role gets the 403 page (forbidden.tsx) and none of the data.
 */
export async function requirePageRole(min: Role): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  if (!hasRole(user, min)) forbidden();
  return user;
}

import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

// Which posts a staff member may see at all, as a filter (not a yes/no): every staff read and
// action adds it to its `where`, so a post outside it behaves exactly like a post that does not
// exist (404 on pages, "not found" from actions, absent from lists and counts). Editors and admins
// see everything. An author sees their own posts and what is public anyway: another author's
// draft, post in review, scheduled or withdrawn post — a results announcement before its time —
// is not theirs to read.
export function visiblePostsWhere(user: Pick<SessionUser, "id" | "role">): Prisma.PostWhereInput {
  if (hasRole(user, "EDITOR")) return {};
  return { OR: [{ authorId: user.id }, { status: "PUBLISHED" }] };
}

/** Whether the pending (unpublished) draft of a live post is the viewer's to read. */
export function mayReadPendingDraft(
  user: Pick<SessionUser, "id" | "role">,
  post: { authorId: number | null },
): boolean {
  return hasRole(user, "EDITOR") || post.authorId === user.id;
}

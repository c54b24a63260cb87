import type { SessionUser } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { visiblePostsWhere } from "@/lib/posts/visibility";

// The dashboard's short lists. Authors see their own work; editors and admins see the office's.
// Failed schedules come first on the page: a post that should be public and is not is the one
// thing staff must not miss.

export const DASHBOARD_LIST_SIZE = 5;

export type DashboardPost = {
  id: number;
  title: string;
  status: PostStatus;
  authorName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  scheduleError: string | null;
  reviewNote: string | null;
  hasPendingDraft: boolean;
};

export type DashboardList = { posts: DashboardPost[]; total: number };

export type Dashboard = {
  failedSchedules: DashboardList;
  myDrafts: DashboardList;
  awaitingReview: DashboardList;
  scheduled: DashboardList;
  recentlyPublished: DashboardList;
};

const select = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  scheduleError: true,
  reviewNote: true,
  draftUpdatedAt: true,
  author: { select: { name: true } },
} as const;

async function list(
  where: Prisma.PostWhereInput,
  orderBy: Prisma.PostOrderByWithRelationInput[],
): Promise<DashboardList> {
  const prisma = getPrisma();
  const [rows, total] = await Promise.all([
    prisma.post.findMany({ where, orderBy, take: DASHBOARD_LIST_SIZE, select }),
    prisma.post.count({ where }),
  ]);
  return {
    total,
    posts: rows.map(({ author, draftUpdatedAt, ...p }) => ({
      ...p,
      authorName: author?.name ?? null,
      hasPendingDraft: draftUpdatedAt !== null,
    })),
  };
}

export async function getDashboard(user: Pick<SessionUser, "id" | "role">): Promise<Dashboard> {
  // Authors only ever see their own posts here; editors see everyone's. Every list also passes
  // through the one visibility filter, so no list can show what the post pages would not.
  const own: Prisma.PostWhereInput = hasRole(user, "EDITOR") ? {} : { authorId: user.id };
  const scope: Prisma.PostWhereInput = { AND: [visiblePostsWhere(user), own] };
  const [failedSchedules, myDrafts, awaitingReview, scheduled, recentlyPublished] = await Promise.all([
    list({ ...scope, scheduleError: { not: null } }, [{ scheduledAt: "asc" }, { id: "asc" }]),
    list({ ...scope, authorId: user.id, status: "DRAFT" }, [{ updatedAt: "desc" }, { id: "desc" }]),
    list({ ...scope, status: "IN_REVIEW" }, [{ updatedAt: "asc" }, { id: "asc" }]),
    list({ ...scope, status: "SCHEDULED" }, [{ scheduledAt: "asc" }, { id: "asc" }]),
    list({ AND: [visiblePostsWhere(user), { status: "PUBLISHED" }] }, [{ publishedAt: "desc" }, { id: "desc" }]),
  ]);
  return { failedSchedules, myDrafts, awaitingReview, scheduled, recentlyPublished };
}

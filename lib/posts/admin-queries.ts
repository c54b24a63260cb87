import { getDashboard, type Dashboard } from "@/lib/admin/dashboard";
import type { SessionUser } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { CONTENT_INCLUDE, parseSnapshot, SINGLE_FILE_FIELDS, snapshotOfPost, type PostSnapshot } from "./revisions";
import { fileHref } from "./view";
import { mayReadPendingDraft, visiblePostsWhere } from "./visibility";

// Staff reads of posts (any status the viewer may see: lib/posts/visibility.ts). Pages call these
// after their own role check; what a person may *do* with a post is decided by
// lib/posts/permissions.ts and enforced again by every action.

type Viewer = Pick<SessionUser, "id" | "role">;

export const ADMIN_PAGE_SIZE = 20;

export type AdminPostRow = {
  id: number;
  title: string;
  section: Section;
  status: PostStatus;
  authorName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  hasDraft: boolean;
};

export type AdminPostList = { items: AdminPostRow[]; page: number; pageCount: number; total: number };

export type AdminListParams = { section?: Section; status?: PostStatus; authorId?: number; q?: string; page: number };

export async function listPostsForAdmin(params: AdminListParams, viewer: Viewer): Promise<AdminPostList> {
  const prisma = getPrisma();
  const q = params.q?.trim();
  const filters: Prisma.PostWhereInput = {
    ...(params.section ? { section: params.section } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.authorId ? { authorId: params.authorId } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { summary: { contains: q, mode: "insensitive" } },
            // "123" or "#123" finds post 123: staff quote ids from public addresses.
            ...(/^#?\d{1,9}$/.test(q) ? [{ id: Number(q.replace("#", "")) }] : []),
          ],
        }
      : {}),
  };
  const where: Prisma.PostWhereInput = { AND: [visiblePostsWhere(viewer), filters] };
  const total = await prisma.post.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, params.page), pageCount);
  const rows = await prisma.post.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      section: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      scheduledAt: true,
      draftUpdatedAt: true,
      author: { select: { name: true } },
    },
  });
  return {
    items: rows.map(({ author, draftUpdatedAt, ...r }) => ({
      ...r,
      authorName: author?.name ?? null,
      hasDraft: draftUpdatedAt !== null,
    })),
    page,
    pageCount,
    total,
  };
}

/** An uploaded file as the editor's pickers show it (structurally a components/admin PickedAsset). */
export type AdminAssetView = {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  src: string;
  isImage: boolean;
  alt: string;
  width: number | null;
  height: number | null;
};

export type PostForEdit = {
  id: number;
  status: PostStatus;
  version: number;
  authorId: number | null;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  lastUpdatedAt: Date | null;
  scheduledAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  redirectToId: number | null;
  /** Published at least once: saves by editors change the public page, saves by authors go to `draft`. */
  everPublished: boolean;
  /** The live (public) fields. */
  live: PostSnapshot;
  /** A live post's pending changes, or null. */
  draft: PostSnapshot | null;
  draftUpdatedAt: Date | null;
  draftAuthorName: string | null;
  /** What the editor form starts from: the pending draft when there is one, else the live fields. */
  working: PostSnapshot;
  /** Asset views of the working copy. */
  cover: AdminAssetView | null;
  gallery: AdminAssetView[];
  attachments: AdminAssetView[];
  video: AdminAssetView | null;
  videoPoster: AdminAssetView | null;
  videoCaptions: AdminAssetView | null;
  revisionCount: number;
  reviewNote: string | null;
  scheduleError: string | null;
};

const ASSET_SELECT = {
  id: true,
  token: true,
  fileName: true,
  mimeType: true,
  size: true,
  kind: true,
  alt: true,
  width: true,
  height: true,
} as const;

export async function assetViews(ids: number[]): Promise<Map<number, AdminAssetView>> {
  if (ids.length === 0) return new Map();
  const rows = await getPrisma().asset.findMany({ where: { id: { in: ids } }, select: ASSET_SELECT });
  return new Map(
    rows.map(
      ({ kind, token, ...a }) => [a.id, { ...a, src: fileHref({ ...a, token }), isImage: kind === "IMAGE" }] as const,
    ),
  );
}

/** A post for the staff pages (edit, preview, history), or null when missing or not the viewer's to see. */
export async function getPostForEdit(id: number, viewer: Viewer): Promise<PostForEdit | null> {
  const prisma = getPrisma();
  const row = await prisma.post.findFirst({
    where: { AND: [{ id }, visiblePostsWhere(viewer)] },
    include: { ...CONTENT_INCLUDE, author: { select: { name: true } }, _count: { select: { revisions: true } } },
  });
  if (!row) return null;
  const live = snapshotOfPost(row);
  // Another author's published post shows as published; its pending changes are not theirs to read.
  const draft = mayReadPendingDraft(viewer, row) ? parseSnapshot(row.draft) : null;
  const working = draft ?? live;
  const [assets, draftAuthor] = await Promise.all([
    assetViews([
      ...SINGLE_FILE_FIELDS.flatMap((f) => working[f] ?? []),
      ...working.galleryIds,
      ...working.attachmentIds,
    ]),
    draft && row.draftAuthorId
      ? prisma.user.findUnique({ where: { id: row.draftAuthorId }, select: { name: true } })
      : null,
  ]);
  const pick = (ids: number[]) => ids.flatMap((i) => assets.get(i) ?? []);
  const one = (id: number | null) => (id ? (assets.get(id) ?? null) : null);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    firstPublishedAt: row.firstPublishedAt,
    lastUpdatedAt: row.lastUpdatedAt,
    scheduledAt: row.scheduledAt,
    withdrawnAt: row.withdrawnAt,
    withdrawnReason: row.withdrawnReason,
    redirectToId: row.redirectToId,
    everPublished: row.firstPublishedAt !== null,
    live,
    draft,
    draftUpdatedAt: draft ? row.draftUpdatedAt : null,
    draftAuthorName: draft ? (draftAuthor?.name ?? null) : null,
    working,
    cover: one(working.coverId),
    gallery: pick(working.galleryIds),
    attachments: pick(working.attachmentIds),
    video: one(working.videoId),
    videoPoster: one(working.videoPosterId),
    videoCaptions: one(working.videoCaptionsId),
    revisionCount: row._count.revisions,
    reviewNote: row.reviewNote,
    scheduleError: row.scheduleError,
  };
}

export type RevisionSummary = {
  id: number;
  postId: number;
  version: number;
  createdAt: Date;
  authorName: string | null;
  title: string;
};

/** A post's revisions, newest first (after getPostForEdit has said the post is the viewer's to see). */
export async function listRevisions(postId: number): Promise<RevisionSummary[]> {
  const rows = await getPrisma().postRevision.findMany({
    where: { postId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    postId: r.postId,
    version: r.version,
    createdAt: r.createdAt,
    authorName: r.author?.name ?? null,
    title: parseSnapshot(r.data)?.title ?? "",
  }));
}

export type RevisionDetail = Omit<RevisionSummary, "title"> & { data: PostSnapshot };

export async function getRevision(id: number): Promise<RevisionDetail | null> {
  const r = await getPrisma().postRevision.findUnique({
    where: { id },
    include: { author: { select: { name: true } } },
  });
  const data = r ? parseSnapshot(r.data) : null;
  if (!r || !data) return null;
  return {
    id: r.id,
    postId: r.postId,
    version: r.version,
    createdAt: r.createdAt,
    authorName: r.author?.name ?? null,
    data,
  };
}

/**
 * The dashboard's lists (my drafts, awaiting review, scheduled, recently published, failed
 * schedules). The lists themselves live in lib/admin/dashboard.ts; this is the posts domain's name
 * for them.
 */
export async function dashboardCounts(user: Pick<SessionUser, "id" | "role">): Promise<Dashboard> {
  return getDashboard(user);
}

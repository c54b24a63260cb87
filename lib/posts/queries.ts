import { getPrisma } from "@/lib/db/client";
import { withFileTokens } from "@/lib/media/body-links";
import type { Section } from "@/lib/generated/prisma/enums";
import { toAttachmentView, toImageView, toSummary, toVideoView, type PostSummary, type PostView } from "./view";

// Public reads: listings return only published posts; a post's own address also answers for a
// withdrawn one, with a notice instead of its content (the filters live here, not in pages).
export const PUBLIC = { status: "PUBLISHED" } as const;
export const ORDER = [{ publishedAt: "desc" }, { id: "desc" }] as const;
const COVER = { select: { id: true, token: true, fileName: true, alt: true, width: true, height: true } } as const;
const FILE_LINK = { select: { id: true, token: true, fileName: true } } as const;
const VIDEO = { select: { id: true, token: true, fileName: true, mimeType: true, size: true } } as const;
export const SUMMARY_SELECT = {
  id: true,
  section: true,
  title: true,
  summary: true,
  slug: true,
  publishedAt: true,
  createdAt: true,
  cover: COVER,
  titleEn: true,
  summaryEn: true,
} as const;

export const PAGE_SIZE = 10;

export async function getLatestPosts(opts: { sections?: Section[]; limit: number }): Promise<PostSummary[]> {
  const rows = await getPrisma().post.findMany({
    where: { ...PUBLIC, ...(opts.sections ? { section: { in: opts.sections } } : {}) },
    orderBy: [...ORDER],
    take: opts.limit,
    select: SUMMARY_SELECT,
  });
  return rows.map(toSummary);
}

export type SectionPage = { items: PostSummary[]; page: number; pageCount: number; total: number };

/** A page of a section's listing, or null when the page number is past the end. */
export async function getSectionPage(section: Section, page: number): Promise<SectionPage | null> {
  const prisma = getPrisma();
  const where = { ...PUBLIC, section };
  // Ids first: skipping thousands of posts deep in the archive then reads only the index
  // (status, section, publishedAt, id), not thousands of whole rows; then the page's ten rows.
  const [total, ids] = await Promise.all([
    prisma.post.count({ where }),
    prisma.post.findMany({
      where,
      orderBy: [...ORDER],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) return null;
  const rows = ids.length
    ? await prisma.post.findMany({
        where: { ...where, id: { in: ids.map((r) => r.id) } },
        orderBy: [...ORDER],
        select: SUMMARY_SELECT,
      })
    : [];
  return { items: rows.map(toSummary), page, pageCount, total };
}

/** A post as the public page shows it; a withdrawn post keeps its address but not its content. */
export type PublicPostView = PostView & {
  /** Set when the post was withdrawn: the page shows the reason instead of the content. */
  withdrawn: { reason: string; at: Date } | null;
  /** A withdrawn post may send readers to the post that replaces it. */
  redirectToId: number | null;
};

export async function getPublicPost(id: number): Promise<PublicPostView | null> {
  const row = await getPrisma().post.findFirst({
    // Withdrawn posts stay readable at their address (as a notice); every listing shows PUBLISHED only.
    where: { id, status: { in: ["PUBLISHED", "WITHDRAWN"] } },
    include: {
      cover: COVER,
      tags: { include: { tag: true }, orderBy: { tag: { name: "asc" } } },
      gallery: { include: { asset: true }, orderBy: { position: "asc" } },
      attachments: { include: { asset: true }, orderBy: { position: "asc" } },
      video: VIDEO,
      videoPoster: FILE_LINK,
      videoCaptions: FILE_LINK,
      changeNotes: { orderBy: { createdAt: "desc" } },
    },
  });
  if (!row) return null;
  const summary = toSummary(row);
  const base = {
    ...summary,
    slug: row.slug,
    firstPublishedAt: row.firstPublishedAt ?? summary.publishedAt,
    lastUpdatedAt: row.lastUpdatedAt,
    viewCount: row.viewCount,
    changeNotes: row.changeNotes.map((n) => ({ note: n.note, at: n.createdAt })),
  };
  if (row.status === "WITHDRAWN") {
    return {
      ...base,
      summary: "",
      cover: null,
      body: "",
      bodyEn: null,
      english: null,
      tags: [],
      gallery: [],
      attachments: [],
      video: null,
      withdrawn: { reason: row.withdrawnReason ?? "", at: row.withdrawnAt ?? row.updatedAt },
      redirectToId: row.redirectToId,
    };
  }
  return {
    ...base,
    body: await withFileTokens(row.body),
    bodyEn: row.bodyEn ? await withFileTokens(row.bodyEn) : null,
    tags: row.tags.map((t) => t.tag.name),
    gallery: row.gallery.map((g) => ({ ...toImageView(g.asset), caption: g.caption })),
    attachments: row.attachments.map(toAttachmentView),
    video: toVideoView(row.video, row.videoPoster, row.videoCaptions, summary.cover),
    withdrawn: null,
    redirectToId: null,
  };
}

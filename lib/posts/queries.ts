import { getPrisma } from "@/lib/db/client";
import type { Section } from "@/lib/generated/prisma/enums";
import { toImageView, toSummary, typeLabel, fileHref, type PostSummary, type PostView } from "./view";

// Public reads: only published posts are ever returned (the filter lives here, not in pages).
const PUBLIC = { status: "PUBLISHED" } as const;
const ORDER = [{ publishedAt: "desc" }, { id: "desc" }] as const;
const COVER = { select: { id: true, fileName: true, alt: true, width: true, height: true } } as const;
const SUMMARY_SELECT = {
  id: true,
  section: true,
  title: true,
  summary: true,
  slug: true,
  publishedAt: true,
  createdAt: true,
  cover: COVER,
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
  const [total, rows] = await Promise.all([
    prisma.post.count({ where }),
    prisma.post.findMany({
      where,
      orderBy: [...ORDER],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: SUMMARY_SELECT,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) return null;
  return { items: rows.map(toSummary), page, pageCount, total };
}

export async function getPublicPost(id: number): Promise<PostView | null> {
  const row = await getPrisma().post.findFirst({
    where: { ...PUBLIC, id },
    include: {
      cover: COVER,
      tags: { include: { tag: true }, orderBy: { tag: { name: "asc" } } },
      gallery: { include: { asset: true }, orderBy: { position: "asc" } },
      attachments: { include: { asset: true }, orderBy: { position: "asc" } },
      changeNotes: { orderBy: { createdAt: "desc" } },
    },
  });
  if (!row) return null;
  const summary = toSummary(row);
  return {
    ...summary,
    slug: row.slug,
    body: row.body,
    firstPublishedAt: row.firstPublishedAt ?? summary.publishedAt,
    lastUpdatedAt: row.lastUpdatedAt,
    viewCount: row.viewCount,
    tags: row.tags.map((t) => t.tag.name),
    gallery: row.gallery.map((g) => ({ ...toImageView(g.asset), caption: g.caption })),
    attachments: row.attachments.map((a) => ({
      id: a.asset.id,
      href: fileHref(a.asset.id, a.asset.fileName),
      label: a.label || a.asset.fileName,
      mimeType: a.asset.mimeType,
      typeLabel: typeLabel(a.asset.mimeType),
      size: a.asset.size,
      downloadCount: a.asset.downloadCount,
    })),
    changeNotes: row.changeNotes.map((n) => ({ note: n.note, at: n.createdAt })),
  };
}

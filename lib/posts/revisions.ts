import { diffArrays } from "diff";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SECTION_KEYS } from "./schema";
import { sectionInfo } from "./sections";

// Revisions: every save keeps a snapshot of the editable fields (PostRevision.data), and the same
// shape is a live post's pending draft (Post.draft). diffRevisions compares two snapshots field by
// field for the history page.

export type PostSnapshot = {
  title: string;
  section: (typeof SECTION_KEYS)[number];
  slug: string | null;
  summary: string;
  body: string;
  tags: string[];
  coverId: number | null;
  galleryIds: number[];
  attachmentIds: number[];
  /** The uploaded video, its poster picture and its captions (WebVTT). */
  videoId: number | null;
  videoPosterId: number | null;
  videoCaptionsId: number | null;
  /** The English translation (null when not written); bodyEn is sanitised HTML like body. */
  titleEn: string | null;
  summaryEn: string | null;
  bodyEn: string | null;
};

export type SnapshotField = keyof PostSnapshot;

export const SNAPSHOT_FIELDS: readonly SnapshotField[] = [
  "title",
  "section",
  "slug",
  "summary",
  "body",
  "tags",
  "coverId",
  "galleryIds",
  "attachmentIds",
  "videoId",
  "videoPosterId",
  "videoCaptionsId",
  "titleEn",
  "summaryEn",
  "bodyEn",
];

/** The snapshot fields that name one file each (the ordered lists are galleryIds and attachmentIds). */
export const SINGLE_FILE_FIELDS = ["coverId", "videoId", "videoPosterId", "videoCaptionsId"] as const;

const ids = z.array(z.number().int().positive()).catch([]);
const id = z.number().int().positive().nullable().catch(null);
const optionalText = z.string().nullable().catch(null);

// Stored JSON is read leniently: a field missing from an older snapshot gets its empty value.
const snapshotSchema = z.object({
  title: z.string().catch(""),
  section: z.enum(SECTION_KEYS).catch("OTHER"),
  slug: z.string().nullable().catch(null),
  summary: z.string().catch(""),
  body: z.string().catch(""),
  tags: z.array(z.string()).catch([]),
  coverId: id,
  galleryIds: ids,
  attachmentIds: ids,
  videoId: id,
  videoPosterId: id,
  videoCaptionsId: id,
  titleEn: optionalText,
  summaryEn: optionalText,
  bodyEn: optionalText,
});

/** A stored snapshot (revision data or pending draft), or null when there is none. */
export function parseSnapshot(data: unknown): PostSnapshot | null {
  if (data === null || data === undefined || typeof data !== "object") return null;
  return snapshotSchema.parse(data);
}

type PostWithContent = {
  title: string;
  section: PostSnapshot["section"];
  slug: string | null;
  summary: string;
  body: string;
  coverId: number | null;
  videoId: number | null;
  videoPosterId: number | null;
  videoCaptionsId: number | null;
  titleEn: string | null;
  summaryEn: string | null;
  bodyEn: string | null;
  tags: { tag: { name: string } }[];
  gallery: { assetId: number; position: number }[];
  attachments: { assetId: number; position: number }[];
};

/** The live fields of a post row (with its tags, gallery and attachments) as a snapshot. */
export function snapshotOfPost(p: PostWithContent): PostSnapshot {
  const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;
  return {
    title: p.title,
    section: p.section,
    slug: p.slug,
    summary: p.summary,
    body: p.body,
    tags: p.tags.map((t) => t.tag.name),
    coverId: p.coverId,
    galleryIds: [...p.gallery].sort(byPosition).map((g) => g.assetId),
    attachmentIds: [...p.attachments].sort(byPosition).map((a) => a.assetId),
    videoId: p.videoId,
    videoPosterId: p.videoPosterId,
    videoCaptionsId: p.videoCaptionsId,
    titleEn: p.titleEn,
    summaryEn: p.summaryEn,
    bodyEn: p.bodyEn,
  };
}

/** Prisma include that snapshotOfPost needs. */
export const CONTENT_INCLUDE = {
  tags: { include: { tag: true } },
  gallery: { select: { assetId: true, position: true } },
  attachments: { select: { assetId: true, position: true } },
} as const;

export function snapshotJson(s: PostSnapshot): Prisma.InputJsonValue {
  return { ...s } as Prisma.InputJsonValue;
}

type RevisionWriter = {
  postRevision: { create(args: { data: Prisma.PostRevisionUncheckedCreateInput }): Promise<unknown> };
};

export async function recordRevision(
  tx: RevisionWriter,
  postId: number,
  version: number,
  snapshot: PostSnapshot,
  authorId: number | null,
): Promise<void> {
  await tx.postRevision.create({ data: { postId, version, data: snapshotJson(snapshot), authorId } });
}

export function sameSnapshot(a: PostSnapshot, b: PostSnapshot): boolean {
  return SNAPSHOT_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));
}

// ---- differences -------------------------------------------------------------------------------

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = {
  field: SnapshotField;
  parts: DiffPart[];
  /** Only the markup changed (links, bold …), not the words. */ formatOnly?: boolean;
};

const segmenter = new Intl.Segmenter("th", { granularity: "word" });
// Above this many words a word diff gets slow; whole lines are compared instead.
const MAX_TOKENS = 20_000;

/** Thai has no spaces between words: split with ICU's dictionary, keeping spaces and newlines. */
function tokens(text: string): string[] {
  const out = Array.from(segmenter.segment(text), (s) => s.segment);
  return out.length > MAX_TOKENS ? text.split(/(?<=\n)/) : out;
}

/** Consecutive tokens with the same role become one part. */
function merge(chunks: { value: string[]; added?: boolean; removed?: boolean }[], join = ""): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of chunks) {
    const value = c.value.join(join);
    if (value === "") continue;
    const last = parts[parts.length - 1];
    if (last && !!last.added === !!c.added && !!last.removed === !!c.removed) last.value += join + value;
    else parts.push({ value, ...(c.added ? { added: true } : {}), ...(c.removed ? { removed: true } : {}) });
  }
  return parts;
}

/** Word-level difference of two texts (Thai-aware). */
export function diffText(a: string, b: string): DiffPart[] {
  return merge(diffArrays(tokens(a), tokens(b)));
}

/** Item-level difference of two lists, shown as "a, b, c". */
export function diffList(a: string[], b: string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const chunk of diffArrays(a, b)) {
    for (const item of chunk.value) {
      if (parts.length > 0) parts.push({ value: ", " });
      parts.push({ value: item, ...(chunk.added ? { added: true } : {}), ...(chunk.removed ? { removed: true } : {}) });
    }
  }
  return parts;
}

const BLOCK_END = /<\/(p|h[1-6]|li|blockquote|tr|figure|figcaption|table|ul|ol)>|<br\s*\/?>|<hr\s*\/?>/gi;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** The readable text of sanitised body HTML, one block per line, for comparing words. */
export function bodyText(html: string): string {
  return html
    .replace(BLOCK_END, "\n")
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, "[ภาพ: $1]")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\n{2,}/g, "\n")
    .trim();
}

const none = "(ไม่มี)";
const idLabel = (id: number) => `ไฟล์หมายเลข ${id}`;

function fieldDiff(field: SnapshotField, a: PostSnapshot, b: PostSnapshot): FieldDiff {
  switch (field) {
    case "section":
      return { field, parts: diffList([sectionInfo(a.section).label], [sectionInfo(b.section).label]) };
    case "slug":
      return { field, parts: diffList([a.slug ?? none], [b.slug ?? none]) };
    case "coverId":
    case "videoId":
    case "videoPosterId":
    case "videoCaptionsId": {
      const label = (v: number | null) => (v ? idLabel(v) : none);
      return { field, parts: diffList([label(a[field])], [label(b[field])]) };
    }
    case "tags":
      return { field, parts: diffList(a.tags, b.tags) };
    case "galleryIds":
    case "attachmentIds":
      return { field, parts: diffList(a[field].map(idLabel), b[field].map(idLabel)) };
    case "body":
    case "bodyEn": {
      const [ta, tb] = [bodyText(a[field] ?? ""), bodyText(b[field] ?? "")];
      if (ta === tb) return { field, parts: [{ value: tb }], formatOnly: true };
      return { field, parts: diffText(ta, tb) };
    }
    default:
      return { field, parts: diffText(a[field] ?? "", b[field] ?? "") };
  }
}

/** The fields that differ from `a` (older) to `b` (newer), in form order, each as parts to render. */
export function diffRevisions(a: PostSnapshot, b: PostSnapshot): FieldDiff[] {
  return SNAPSHOT_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).map((f) => fieldDiff(f, a, b));
}

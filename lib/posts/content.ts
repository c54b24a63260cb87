import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchVector } from "@/lib/search/index-post";
import type { AssetKind, PostStatus } from "@/lib/generated/prisma/enums";
import { SINGLE_FILE_FIELDS, type PostSnapshot } from "./revisions";
import type { WorkflowPost } from "./permissions";

// Writing a snapshot of editable fields onto a post's live columns and relations, inside the
// caller's transaction. Shared by saves, restores, publishing a pending draft and the scheduler.

type Tx = Prisma.TransactionClient;

/** The snapshot's own columns on Post. */
export function scalarData(s: PostSnapshot) {
  return {
    title: s.title,
    section: s.section,
    slug: s.slug,
    summary: s.summary,
    body: s.body,
    coverId: s.coverId,
    videoId: s.videoId,
    videoPosterId: s.videoPosterId,
    videoCaptionsId: s.videoCaptionsId,
    titleEn: s.titleEn,
    summaryEn: s.summaryEn,
    bodyEn: s.bodyEn,
  };
}

type FileFields = Pick<PostSnapshot, (typeof SINGLE_FILE_FIELDS)[number] | "galleryIds" | "attachmentIds">;

/** Every file a snapshot names, once. */
function fileIds(s: FileFields): number[] {
  const singles = SINGLE_FILE_FIELDS.flatMap((f) => (s[f] ? [s[f]] : []));
  return [...new Set([...singles, ...s.galleryIds, ...s.attachmentIds])];
}

/** The kind of file each single-file field takes. */
const SINGLE_KIND = {
  coverId: "IMAGE",
  videoId: "VIDEO",
  videoPosterId: "IMAGE",
  videoCaptionsId: "CAPTIONS",
} as const satisfies Record<(typeof SINGLE_FILE_FIELDS)[number], AssetKind>;

async function writeTags(tx: Tx, postId: number, names: string[]): Promise<void> {
  await tx.postTag.deleteMany({ where: { postId } });
  if (names.length === 0) return;
  // Insert-or-ignore: two saves adding the same new tag at once must not collide.
  await tx.tag.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const tags = await tx.tag.findMany({ where: { name: { in: names } }, select: { id: true } });
  await tx.postTag.createMany({ data: tags.map((t) => ({ postId, tagId: t.id })) });
}

/** Keeps captions/labels of files that stay, drops the removed ones, renumbers positions. */
async function writeOrdered(
  tx: Tx,
  kind: "gallery" | "attachments",
  postId: number,
  assetIds: number[],
): Promise<void> {
  const model = kind === "gallery" ? tx.postImage : tx.postAttachment;
  // Both delegates share these argument shapes; the cast keeps one code path for two tables.
  const m = model as unknown as Tx["postImage"];
  await m.deleteMany({ where: { postId, assetId: { notIn: assetIds } } });
  for (const [position, assetId] of assetIds.entries()) {
    await m.upsert({
      where: { postId_assetId: { postId, assetId } },
      update: { position },
      create: { postId, assetId, position },
    });
  }
}

/**
 * Tags, gallery and attachments of the snapshot become the post's; then its search document is
 * rebuilt from the live columns (callers write those first), so search never finds old words.
 */
export async function writeRelations(tx: Tx, postId: number, s: PostSnapshot): Promise<void> {
  await writeTags(tx, postId, s.tags);
  await writeOrdered(tx, "gallery", postId, s.galleryIds);
  await writeOrdered(tx, "attachments", postId, s.attachmentIds);
  await refreshSearchVector(tx, postId);
}

export type AssetProblems = Partial<Record<keyof FileFields, string[]>>;

const MISSING = "อาจถูกลบไปแล้ว โปรดเลือกใหม่";

/**
 * Every chosen file must exist; covers, gallery items and posters must be images, the video a
 * video, the captions a WebVTT file; a poster or captions need the video they belong to.
 */
export async function checkAssets(tx: Tx, s: FileFields): Promise<AssetProblems> {
  const ids = fileIds(s);
  if (ids.length === 0) return {};
  const rows = await tx.asset.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } });
  const kind = new Map(rows.map((r) => [r.id, r.kind]));
  const problems: AssetProblems = {};
  if (s.coverId && kind.get(s.coverId) !== "IMAGE") {
    problems.coverId = [kind.has(s.coverId) ? "ภาพปกต้องเป็นไฟล์รูปภาพ" : "ไม่พบภาพปกที่เลือก อาจถูกลบไปแล้ว โปรดเลือกใหม่"];
  }
  if (s.galleryIds.some((id) => kind.get(id) !== "IMAGE")) {
    problems.galleryIds = ["ภาพกิจกรรมบางรายการไม่พบหรือไม่ใช่รูปภาพ โปรดตรวจสอบรายการ"];
  }
  if (s.attachmentIds.some((id) => !kind.has(id))) {
    problems.attachmentIds = ["ไม่พบเอกสารแนบบางรายการ อาจถูกลบไปแล้ว โปรดเลือกใหม่"];
  }
  const wrong = (id: number | null, want: AssetKind, name: string, what: string) =>
    id && kind.get(id) !== want ? [kind.has(id) ? `${name}ต้องเป็น${what}` : `ไม่พบ${name}ที่เลือก ${MISSING}`] : undefined;
  const video = wrong(s.videoId, "VIDEO", "วิดีโอ", "ไฟล์วิดีโอ MP4 หรือ WebM");
  const poster = wrong(s.videoPosterId, "IMAGE", "ภาพตัวอย่างวิดีโอ", "ไฟล์รูปภาพ");
  const captions = wrong(s.videoCaptionsId, "CAPTIONS", "คำบรรยายวิดีโอ", "ไฟล์ WebVTT");
  if (video) problems.videoId = video;
  if (poster) problems.videoPosterId = poster;
  if (captions) problems.videoCaptionsId = captions;
  if (!s.videoId && (s.videoPosterId || s.videoCaptionsId)) {
    problems.videoId = ["ภาพตัวอย่างและคำบรรยายใช้คู่กับวิดีโอ โปรดอัปโหลดวิดีโอ หรือนำภาพตัวอย่างและคำบรรยายออก"];
  }
  return problems;
}

/** The snapshot without files that no longer exist (an old revision may name deleted ones). */
export async function withExistingAssets(tx: Tx, s: PostSnapshot): Promise<PostSnapshot> {
  const ids = fileIds(s);
  const rows = ids.length
    ? await tx.asset.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })
    : [];
  const kind = new Map(rows.map((r) => [r.id, r.kind]));
  const single = (f: (typeof SINGLE_FILE_FIELDS)[number]) => {
    const id = s[f];
    return id && kind.get(id) === SINGLE_KIND[f] ? id : null;
  };
  const videoId = single("videoId");
  return {
    ...s,
    coverId: single("coverId"),
    galleryIds: s.galleryIds.filter((id) => kind.get(id) === "IMAGE"),
    attachmentIds: s.attachmentIds.filter((id) => kind.has(id)),
    // A poster or captions without their video would be refused on the next save.
    videoId,
    videoPosterId: videoId ? single("videoPosterId") : null,
    videoCaptionsId: videoId ? single("videoCaptionsId") : null,
  };
}

/** The workflow view of a post row. */
export function workflowPost(row: {
  status: PostStatus;
  authorId: number | null;
  firstPublishedAt: Date | null;
  draft: unknown;
}): WorkflowPost {
  return {
    status: row.status,
    authorId: row.authorId,
    everPublished: row.firstPublishedAt !== null,
    hasDraft: row.draft !== null && row.draft !== undefined,
  };
}

/** What the audit log keeps of a post's content (the body is summarised, not copied). */
export function auditContent(s: PostSnapshot) {
  return {
    title: s.title,
    section: s.section,
    slug: s.slug,
    summary: s.summary,
    bodyLength: s.body.length,
    titleEn: s.titleEn,
    summaryEn: s.summaryEn,
    bodyEnLength: s.bodyEn?.length ?? 0,
    tags: s.tags,
    coverId: s.coverId,
    galleryIds: s.galleryIds,
    attachmentIds: s.attachmentIds,
    videoId: s.videoId,
    videoPosterId: s.videoPosterId,
    videoCaptionsId: s.videoCaptionsId,
  };
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchVector } from "@/lib/search/index-post";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import type { PostSnapshot } from "./revisions";
import type { WorkflowPost } from "./permissions";

// Writing a snapshot of editable fields onto a post's live columns and relations, inside the
// caller's transaction. Shared by saves, restores, publishing a pending draft and the scheduler.

type Tx = Prisma.TransactionClient;

/** The snapshot's own columns on Post. */
export function scalarData(s: PostSnapshot) {
  return { title: s.title, section: s.section, slug: s.slug, summary: s.summary, body: s.body, coverId: s.coverId };
}

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

export type AssetProblems = Partial<Record<"coverId" | "galleryIds" | "attachmentIds", string[]>>;

/** Every chosen file must exist; covers and gallery items must be images. */
export async function checkAssets(
  tx: Tx,
  s: Pick<PostSnapshot, "coverId" | "galleryIds" | "attachmentIds">,
): Promise<AssetProblems> {
  const ids = [...new Set([...(s.coverId ? [s.coverId] : []), ...s.galleryIds, ...s.attachmentIds])];
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
  return problems;
}

/** The snapshot without files that no longer exist (an old revision may name deleted ones). */
export async function withExistingAssets(tx: Tx, s: PostSnapshot): Promise<PostSnapshot> {
  const ids = [...new Set([...(s.coverId ? [s.coverId] : []), ...s.galleryIds, ...s.attachmentIds])];
  const rows = ids.length
    ? await tx.asset.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })
    : [];
  const kind = new Map(rows.map((r) => [r.id, r.kind]));
  return {
    ...s,
    coverId: s.coverId && kind.get(s.coverId) === "IMAGE" ? s.coverId : null,
    galleryIds: s.galleryIds.filter((id) => kind.get(id) === "IMAGE"),
    attachmentIds: s.attachmentIds.filter((id) => kind.has(id)),
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
    tags: s.tags,
    coverId: s.coverId,
    galleryIds: s.galleryIds,
    attachmentIds: s.attachmentIds,
  };
}

import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { defaultOfficeId } from "@/lib/offices/current";

// Posts and assets for the publishing tests, written straight to the database.

export async function makeAsset(
  prisma: PrismaClient,
  kind: "IMAGE" | "FILE",
  fileName = kind === "IMAGE" ? "ภาพ.png" : "ประกาศ.pdf",
) {
  return prisma.asset.create({
    data: {
      kind,
      fileName,
      storagePath: `test/${randomBytes(8).toString("hex")}`,
      mimeType: kind === "IMAGE" ? "image/png" : "application/pdf",
      size: 1234,
      width: kind === "IMAGE" ? 40 : null,
      height: kind === "IMAGE" ? 30 : null,
      alt: kind === "IMAGE" ? "ภาพประกอบ" : "",
      sha256: randomBytes(32).toString("hex"),
    },
  });
}

type PostFixture = {
  authorId: number;
  status?: PostStatus;
  title?: string;
  section?: Section;
  body?: string;
  tags?: string[];
  publishedAt?: Date;
  scheduledAt?: Date;
};

/** A post in any status; PUBLISHED and WITHDRAWN ones get their publication dates. */
export async function makePost(prisma: PrismaClient, f: PostFixture) {
  const officeId = await defaultOfficeId(prisma);
  const status = f.status ?? "DRAFT";
  const published = status === "PUBLISHED" || status === "WITHDRAWN";
  const at = f.publishedAt ?? new Date("2026-01-10T03:00:00Z");
  return prisma.post.create({
    data: {
      status,
      authorId: f.authorId,
      title: f.title ?? "ข่าวทดสอบ",
      section: f.section ?? "PRESS_RELEASE",
      summary: "สรุป",
      body: f.body ?? "<p>เนื้อหาเดิม</p>",
      ...(published ? { publishedAt: at, firstPublishedAt: at } : {}),
      ...(status === "WITHDRAWN" ? { withdrawnAt: new Date(), withdrawnReason: "ข้อมูลคลาดเคลื่อน" } : {}),
      ...(f.scheduledAt ? { scheduledAt: f.scheduledAt } : {}),
      tags: f.tags
        ? {
            create: f.tags.map((name) => ({
              tag: { connectOrCreate: { where: { officeId_name: { officeId, name } }, create: { name } } },
            })),
          }
        : undefined,
    },
  });
}

/** Everything a refused action must leave exactly as it was. */
export async function postState(prisma: PrismaClient) {
  const [posts, revisions, notes, tags, images, attachments, audit] = await Promise.all([
    prisma.post.findMany({ orderBy: { id: "asc" } }),
    prisma.postRevision.count(),
    prisma.changeNote.count(),
    prisma.postTag.findMany({ orderBy: [{ postId: "asc" }, { tagId: "asc" }] }),
    prisma.postImage.findMany({ orderBy: { id: "asc" } }),
    prisma.postAttachment.findMany({ orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { posts, revisions, notes, tags, images, attachments, audit };
}

/** The editor form's fields for a post's content. */
export function postForm(fields: {
  id?: number;
  version?: number;
  title?: string;
  section?: Section;
  slug?: string;
  summary?: string;
  body?: string;
  tags?: string;
  coverId?: number;
  galleryIds?: number[];
  attachmentIds?: number[];
  videoId?: number;
  videoPosterId?: number;
  videoCaptionsId?: number;
  titleEn?: string;
  summaryEn?: string;
  bodyEn?: string;
  changeType?: "minor" | "major";
  changeNote?: string;
  notifySubscribers?: "on";
}): FormData {
  const fd = new FormData();
  const values: Record<string, string | number | undefined> = {
    id: fields.id,
    version: fields.version,
    title: fields.title ?? "ข่าวทดสอบ",
    section: fields.section ?? "PRESS_RELEASE",
    slug: fields.slug ?? "",
    summary: fields.summary ?? "สรุป",
    body: fields.body ?? "<p>เนื้อหา</p>",
    tags: fields.tags ?? "",
    coverId: fields.coverId,
    galleryIds: JSON.stringify(fields.galleryIds ?? []),
    attachmentIds: JSON.stringify(fields.attachmentIds ?? []),
    videoId: fields.videoId,
    videoPosterId: fields.videoPosterId,
    videoCaptionsId: fields.videoCaptionsId,
    titleEn: fields.titleEn,
    summaryEn: fields.summaryEn,
    bodyEn: fields.bodyEn,
    changeType: fields.changeType,
    notifySubscribers: fields.notifySubscribers,
    changeNote: fields.changeNote,
  };
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.set(k, String(v));
  return fd;
}

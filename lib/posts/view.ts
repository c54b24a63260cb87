import type { Section } from "@/lib/generated/prisma/enums";
import { fileHref, type FileLink } from "@/lib/media/address";
import { postPath } from "./url";

export { fileHref, type FileLink } from "@/lib/media/address";

// The shapes pages render; the storage shape never leaves lib/posts.

export type PostSummary = {
  id: number;
  section: Section;
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
  cover: ImageView | null;
  /** The staff-written English title and summary (the /en pages), or null without a translation. */
  english: { title: string; summary: string } | null;
};

export type ImageView = { id: number; src: string; alt: string; width: number | null; height: number | null };

export type AttachmentView = {
  id: number;
  href: string;
  label: string;
  mimeType: string;
  /** Short Thai/English type name shown to readers: PDF, Word, Excel … */
  typeLabel: string;
  size: number;
  downloadCount: number;
};

/** A post's uploaded video, as the page's <video> element plays it. */
export type VideoView = {
  src: string;
  mimeType: string;
  fileName: string;
  size: number;
  /** The poster picture's address: the video's own poster, else the post's cover; null without either. */
  poster: string | null;
  /** The WebVTT captions' address, or null. */
  captions: string | null;
};

export type PostView = PostSummary & {
  slug: string | null;
  body: string;
  /** The English translation's body (sanitised HTML), or null. */
  bodyEn: string | null;
  firstPublishedAt: Date;
  lastUpdatedAt: Date | null;
  viewCount: number;
  tags: string[];
  gallery: (ImageView & { caption: string })[];
  attachments: AttachmentView[];
  video: VideoView | null;
  changeNotes: { note: string; at: Date }[];
};

type CoverRow = (FileLink & { alt: string; width: number | null; height: number | null }) | null;

export function toImageView(a: NonNullable<CoverRow>): ImageView {
  return { id: a.id, src: fileHref(a), alt: a.alt, width: a.width, height: a.height };
}

type AttachmentRow = {
  label: string;
  asset: FileLink & { mimeType: string; size: number; downloadCount: number };
};

export function toAttachmentView(a: AttachmentRow): AttachmentView {
  return {
    id: a.asset.id,
    href: fileHref(a.asset),
    label: a.label || a.asset.fileName,
    mimeType: a.asset.mimeType,
    typeLabel: typeLabel(a.asset.mimeType),
    size: a.asset.size,
    downloadCount: a.asset.downloadCount,
  };
}

type VideoRow = FileLink & { mimeType: string; size: number };

export function toVideoView(
  video: VideoRow | null,
  poster: FileLink | null,
  captions: FileLink | null,
  cover: ImageView | null,
): VideoView | null {
  if (!video) return null;
  return {
    src: fileHref(video),
    mimeType: video.mimeType,
    fileName: video.fileName,
    size: video.size,
    poster: poster ? fileHref(poster) : (cover?.src ?? null),
    captions: captions ? fileHref(captions) : null,
  };
}

export function toSummary(row: {
  id: number;
  section: Section;
  title: string;
  summary: string;
  slug: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  cover: CoverRow;
  titleEn?: string | null;
  summaryEn?: string | null;
}): PostSummary {
  return {
    id: row.id,
    section: row.section,
    title: row.title,
    summary: row.summary,
    path: postPath(row.id, row.slug),
    publishedAt: row.publishedAt ?? row.createdAt,
    cover: row.cover ? toImageView(row.cover) : null,
    english: row.titleEn ? { title: row.titleEn, summary: row.summaryEn ?? "" } : null,
  };
}

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "video/mp4": "MP4",
  "video/webm": "WebM",
  "text/vtt": "WebVTT",
};

export function typeLabel(mimeType: string): string {
  return TYPE_LABELS[mimeType] ?? "ไฟล์";
}

/** 1536 → "1.5 KB"; sizes readers can compare at a glance. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ไบต์`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  // 1023.5 and up would round to "1024 KB"; show it as the next unit instead.
  while (value >= 1023.5 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "");
  return `${text} ${units[unit]}`;
}

import type { PostForEdit } from "@/lib/posts/admin-queries";
import { typeLabel, type PostView } from "@/lib/posts/view";
import { postPath } from "@/lib/posts/url";

type LiveExtras = Pick<PostView, "changeNotes" | "viewCount" | "attachments"> | null;

/**
 * The working copy (the pending draft of a live post, else the post itself) in the shape the
 * public page renders, so the preview uses the very same component. Dates that do not exist yet
 * are shown as they would be on publishing now (or at the scheduled time).
 */
export function previewViewOf(post: PostForEdit, live: LiveExtras, now = new Date()): PostView {
  const w = post.working;
  const shownDate = post.publishedAt ?? post.scheduledAt ?? now;
  const downloads = new Map(live?.attachments.map((a) => [a.id, a]) ?? []);
  return {
    id: post.id,
    section: w.section,
    title: w.title,
    summary: w.summary,
    slug: w.slug,
    path: postPath(post.id, w.slug),
    publishedAt: shownDate,
    firstPublishedAt: post.firstPublishedAt ?? shownDate,
    lastUpdatedAt: post.lastUpdatedAt,
    body: w.body,
    // The preview shows the Thai page.
    bodyEn: null,
    english: null,
    viewCount: live?.viewCount ?? 0,
    tags: w.tags,
    cover: post.cover && {
      id: post.cover.id,
      src: post.cover.src,
      alt: post.cover.alt,
      width: post.cover.width,
      height: post.cover.height,
    },
    gallery: post.gallery.map((g) => ({
      id: g.id,
      src: g.src,
      alt: g.alt,
      width: g.width,
      height: g.height,
      caption: "",
    })),
    attachments: post.attachments.map((a) => ({
      id: a.id,
      href: a.src,
      label: downloads.get(a.id)?.label ?? a.fileName,
      mimeType: a.mimeType,
      typeLabel: typeLabel(a.mimeType),
      size: a.size,
      downloadCount: downloads.get(a.id)?.downloadCount ?? 0,
    })),
    video: post.video && {
      src: post.video.src,
      mimeType: post.video.mimeType,
      fileName: post.video.fileName,
      size: post.video.size,
      poster: post.videoPoster?.src ?? post.cover?.src ?? null,
      captions: post.videoCaptions?.src ?? null,
    },
    changeNotes: live?.changeNotes ?? [],
  };
}

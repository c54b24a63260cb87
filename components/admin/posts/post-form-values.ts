import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import type { PickedAsset } from "../media/asset-item";

// What the editor form starts from: the working copy of a post (its pending draft, when it has
// one), in the shapes the form's fields use.
export type PostFormValues = {
  id: number | null;
  version: number;
  status: PostStatus;
  title: string;
  section: Section;
  slug: string;
  summary: string;
  body: string;
  tags: string[];
  cover: PickedAsset | null;
  gallery: PickedAsset[];
  attachments: PickedAsset[];
  video: PickedAsset | null;
  videoPoster: PickedAsset | null;
  videoCaptions: PickedAsset | null;
  /** The English translation ("" when none). */
  titleEn: string;
  summaryEn: string;
  bodyEn: string;
};

export const EMPTY_POST: PostFormValues = {
  id: null,
  version: 0,
  status: "DRAFT",
  title: "",
  section: "NEWS_ACTIVITY",
  slug: "",
  summary: "",
  body: "",
  tags: [],
  cover: null,
  gallery: [],
  attachments: [],
  video: null,
  videoPoster: null,
  videoCaptions: null,
  titleEn: "",
  summaryEn: "",
  bodyEn: "",
};

type EditSource = {
  id: number;
  version: number;
  status: PostStatus;
  working: {
    title: string;
    section: Section;
    slug: string | null;
    summary: string;
    body: string;
    tags: string[];
    titleEn: string | null;
    summaryEn: string | null;
    bodyEn: string | null;
  };
  cover: PickedAsset | null;
  gallery: PickedAsset[];
  attachments: PickedAsset[];
  video: PickedAsset | null;
  videoPoster: PickedAsset | null;
  videoCaptions: PickedAsset | null;
};

/** The form's starting values from lib/posts/admin-queries getPostForEdit (its working copy). */
export function formValuesOf(post: EditSource): PostFormValues {
  const w = post.working;
  return {
    id: post.id,
    version: post.version,
    status: post.status,
    title: w.title,
    section: w.section,
    slug: w.slug ?? "",
    summary: w.summary,
    body: w.body,
    tags: w.tags,
    cover: post.cover,
    gallery: post.gallery,
    attachments: post.attachments,
    video: post.video,
    videoPoster: post.videoPoster,
    videoCaptions: post.videoCaptions,
    titleEn: w.titleEn ?? "",
    summaryEn: w.summaryEn ?? "",
    bodyEn: w.bodyEn ?? "",
  };
}

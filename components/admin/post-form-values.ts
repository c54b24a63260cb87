import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import type { PickedAsset } from "./asset-item";

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
};

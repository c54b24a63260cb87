import type { FormState } from "@/lib/admin/form-state";

// What every post action hands back to useActionState (not a 'use server' file: types only): the
// one staff FormState, with the post's fields and where the post now stands.

export type PostField =
  | "title"
  | "section"
  | "slug"
  | "summary"
  | "body"
  | "tags"
  | "coverId"
  | "galleryIds"
  | "attachmentIds"
  | "videoId"
  | "videoPosterId"
  | "videoCaptionsId"
  | "titleEn"
  | "summaryEn"
  | "bodyEn"
  | "changeType"
  | "changeNote"
  | "scheduledAt"
  | "reason"
  | "redirectToId"
  | "note";

export type PostActionState = FormState<PostField> & {
  postId?: number;
  version?: number;
};

export type PostAction = (prev: PostActionState, formData: FormData) => Promise<PostActionState>;

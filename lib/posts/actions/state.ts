// What every post action hands back to useActionState (not a 'use server' file: types only).

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
  | "changeType"
  | "changeNote"
  | "scheduledAt"
  | "reason"
  | "redirectToId"
  | "note";

export type PostActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<PostField, string[]>>;
  postId?: number;
  version?: number;
  /** Someone else changed the post first: nothing was written, the form keeps the typed text. */
  conflict?: boolean;
};

export type PostAction = (prev: PostActionState, formData: FormData) => Promise<PostActionState>;

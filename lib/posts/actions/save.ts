"use server";

import type { PostActionState } from "./state";

/** Creates a DRAFT (no id) or saves a post's working copy; see lib/posts/actions/README in the brief. */
export async function savePost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

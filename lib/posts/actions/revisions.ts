"use server";

import type { PostActionState } from "./state";

// Placeholder signature: the real implementation follows.

export async function restoreRevision(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

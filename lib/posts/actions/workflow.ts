"use server";

import type { PostActionState } from "./state";

// Placeholder signatures: the real implementations follow.

export async function submitForReview(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function returnToAuthor(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function publishPost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function schedulePost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function unschedulePost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function withdrawPost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function discardDraft(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

export async function deletePost(_prev: PostActionState, _formData: FormData): Promise<PostActionState> {
  return { ok: false, message: "ยังไม่พร้อมใช้งาน" };
}

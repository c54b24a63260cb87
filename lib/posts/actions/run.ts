import { z } from "zod";
import { AuthError, type SessionUser } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PostActionState, PostField } from "./state";

// Shared plumbing of the post actions (not a 'use server' file: nothing here is callable from a
// browser). Each action checks the role itself through `guarded`, so a crafted request without a
// session or with too low a role gets a Thai refusal and changes nothing.

export const MESSAGES = {
  notFound: "ไม่พบข่าวนี้ อาจถูกลบไปแล้ว โปรดกลับไปที่รายการข่าว",
  badRequest: "ข้อมูลที่ส่งมาไม่ครบ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง",
  conflictForm:
    "บันทึกไม่ได้: มีผู้อื่นแก้ไขข่าวนี้ไปแล้วหลังจากที่คุณเปิดหน้านี้ งานของคุณยังอยู่ในแบบฟอร์ม ยังไม่มีสิ่งใดถูกเปลี่ยน โปรดเปิดฉบับล่าสุดในแท็บใหม่ แล้วนำการแก้ไขของคุณไปใส่ในฉบับนั้น",
  conflictStep: "ทำรายการไม่ได้: มีผู้อื่นแก้ไขข่าวนี้ไปแล้วหลังจากที่คุณเปิดหน้านี้ ยังไม่มีสิ่งใดถูกเปลี่ยน โปรดโหลดหน้าใหม่เพื่อดูฉบับล่าสุดแล้วลองอีกครั้ง",
} as const;

/** Runs an action for a signed-in user of at least `min`; a refused session becomes a message. */
export async function guarded(
  min: Role,
  fn: (user: SessionUser) => Promise<PostActionState>,
): Promise<PostActionState> {
  try {
    const user = await requireRole(min);
    return await fn(user);
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Text fields of the form as typed (files are not part of post forms). */
export function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

/** A positive integer form field, or null. */
export function intField(formData: FormData, name: string): number | null {
  const raw = formData.get(name);
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n <= 2_147_483_647 ? n : null;
}

export function invalid(error: z.ZodError): PostActionState {
  const { fieldErrors, formErrors } = z.flattenError(error);
  return withFieldErrors(fieldErrors as Partial<Record<PostField, string[]>>, formErrors[0]);
}

export function withFieldErrors(fieldErrors: Partial<Record<PostField, string[]>>, message?: string): PostActionState {
  const count = Object.values(fieldErrors).filter((e) => e?.length).length;
  return {
    ok: false,
    message: message ?? `มีข้อมูลที่ต้องแก้ไข ${count.toLocaleString("th-TH")} รายการ โปรดดูข้อความใต้ช่องที่มีเครื่องหมาย ⚠`,
    fieldErrors,
  };
}

export const failed = (message: string): PostActionState => ({ ok: false, message });
export const conflict = (message: string = MESSAGES.conflictStep): PostActionState => ({
  ok: false,
  conflict: true,
  message,
});

/** What a transaction decided, turned into the answer; "stale" and "missing" are common to all. */
export type Outcome =
  | { kind: "ok"; version: number }
  | { kind: "stale" }
  | { kind: "missing" }
  | { kind: "refused"; message: string }
  | { kind: "invalid"; state: PostActionState };

export function answer(
  outcome: Outcome,
  ok: (version: number) => PostActionState,
  conflictMessage?: string,
): PostActionState {
  switch (outcome.kind) {
    case "ok":
      return ok(outcome.version);
    case "stale":
      return conflict(conflictMessage);
    case "missing":
      return failed(MESSAGES.notFound);
    case "refused":
      return failed(outcome.message);
    case "invalid":
      return outcome.state;
  }
}

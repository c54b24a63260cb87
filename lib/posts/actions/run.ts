import { conflict, failed } from "@/lib/admin/form-state";
import type { PostActionState } from "./state";

// What the post actions share beyond the one staff form state (lib/admin/form-state.ts): their
// Thai answers and how a transaction's outcome becomes one (not a 'use server' file: nothing here
// is callable from a browser).

export const MESSAGES = {
  notFound: "ไม่พบข่าวนี้ อาจถูกลบไปแล้ว โปรดกลับไปที่รายการข่าว",
  badRequest: "ข้อมูลที่ส่งมาไม่ครบ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง",
  conflictForm:
    "บันทึกไม่ได้: มีผู้อื่นแก้ไขข่าวนี้ไปแล้วหลังจากที่คุณเปิดหน้านี้ งานของคุณยังอยู่ในแบบฟอร์ม ยังไม่มีสิ่งใดถูกเปลี่ยน โปรดเปิดฉบับล่าสุดในแท็บใหม่ แล้วนำการแก้ไขของคุณไปใส่ในฉบับนั้น",
  conflictStep: "ทำรายการไม่ได้: มีผู้อื่นแก้ไขข่าวนี้ไปแล้วหลังจากที่คุณเปิดหน้านี้ ยังไม่มีสิ่งใดถูกเปลี่ยน โปรดโหลดหน้าใหม่เพื่อดูฉบับล่าสุดแล้วลองอีกครั้ง",
} as const;

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
      return conflict(conflictMessage ?? MESSAGES.conflictStep);
    case "missing":
      return failed(MESSAGES.notFound);
    case "refused":
      return failed(outcome.message);
    case "invalid":
      return outcome.state;
  }
}

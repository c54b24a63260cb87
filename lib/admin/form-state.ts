import { z } from "zod";
import { AuthError } from "@/lib/auth/roles";

// What a staff form's server action hands back to useActionState. `values` echoes what was typed,
// so a refused save (bad input, someone else saved first) re-renders the form with the person's
// own text instead of wiping it.
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<string, string[] | undefined>>;
  /** Someone else saved first: the form keeps the typed values and says so. */
  conflict?: boolean;
  values?: Record<string, string>;
};

export const IDLE: FormState = {};

/** Every text field of a form, as typed (files and repeated keys are not used by these forms). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

export function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const count = Object.values(fieldErrors).filter((e) => (e as string[] | undefined)?.length).length;
  return {
    ok: false,
    message: formErrors[0] ?? `มีข้อมูลที่ต้องแก้ไข ${count} รายการ โปรดดูข้อความใต้ช่องที่มีเครื่องหมาย ⚠`,
    fieldErrors: fieldErrors as FormState["fieldErrors"],
    values,
  };
}

export function conflict(values: Record<string, string>, what = "ข้อมูลนี้"): FormState {
  return {
    ok: false,
    conflict: true,
    message: `บันทึกไม่ได้: มีผู้อื่นแก้ไข${what}ไปแล้วหลังจากที่คุณเปิดหน้านี้ สิ่งที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม โปรดเปิดหน้านี้ใหม่ในแท็บอื่นเพื่อดูฉบับล่าสุด แล้วแก้ไขอีกครั้ง`,
    values,
  };
}

export function failed(message: string, values?: Record<string, string>): FormState {
  return { ok: false, message, values };
}

/**
 * Runs `fn` and turns a refused session (signed out, role too low) into a Thai message instead of
 * an error page; anything else still throws (and is a bug).
 */
export async function refuseUnauthorized(
  fn: () => Promise<FormState>,
  values?: Record<string, string>,
): Promise<FormState> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AuthError) return failed(e.message, values);
    throw e;
  }
}

/** A positive integer id from a form field, or null. */
export function idOf(raw: FormDataEntryValue | null): number | null {
  if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n > 0 ? n : null;
}

/** Zod field: a checkbox, present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

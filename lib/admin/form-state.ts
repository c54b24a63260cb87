import { z } from "zod";
import { AuthError } from "@/lib/auth/roles";

// The one way a staff form's server action answers useActionState (posts, events, procurement,
// elections, office pages, executives, settings, users, account). Not a 'use server' file:
// nothing here is callable from a browser; each action still checks the session itself.

/** What an action hands back. `values` echoes what was typed, so a refused save (bad input, someone
 * else saved first) re-renders the form with the person's own text instead of wiping it. */
export type FormState<Field extends string = string> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Field, string[]>>;
  /** Someone else saved first: nothing was written and the form keeps the typed values. */
  conflict?: boolean;
  values?: Record<string, string>;
};

export const IDLE: FormState = {};

/**
 * The FormData an action was sent, whichever way it was called. React calls a useActionState
 * action as (previous state, form data); a no-JavaScript POST that carries only `$ACTION_ID_…`
 * (crafted, or a form rendered without the state) calls it with the form data alone. Anything
 * else reads as an empty form, which every action refuses with its usual Thai message.
 */
export function submitted(first: unknown, second?: unknown): FormData {
  if (second instanceof FormData) return second;
  if (first instanceof FormData) return first;
  return new FormData();
}

/** Every text field of a form, as typed (files and repeated keys are not used by these forms). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

/** Field errors under their fields, and a message that says how many fields need attention. */
export function withFieldErrors<Field extends string = string>(
  fieldErrors: Partial<Record<Field, string[]>>,
  values?: Record<string, string>,
  message?: string,
): FormState<Field> {
  const count = Object.values<string[] | undefined>(fieldErrors).filter((e) => e?.length).length;
  return {
    ok: false,
    message: message ?? `มีข้อมูลที่ต้องแก้ไข ${count} รายการ โปรดดูข้อความใต้ช่องที่มีเครื่องหมาย ⚠`,
    fieldErrors,
    values,
  };
}

/** A schema's refusal: its form-level message if it has one, else the count of fields to fix. */
export function invalid<Field extends string = string>(
  error: z.ZodError,
  values?: Record<string, string>,
): FormState<Field> {
  const { fieldErrors, formErrors } = z.flattenError(error);
  return withFieldErrors(fieldErrors as Partial<Record<Field, string[]>>, values, formErrors[0]);
}

/** The usual text when someone else saved `what` ("กิจกรรมนี้") after this form was opened. */
export function editedByOther(what = "ข้อมูลนี้"): string {
  return `บันทึกไม่ได้: มีผู้อื่นแก้ไข${what}ไปแล้วหลังจากที่คุณเปิดหน้านี้ สิ่งที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม โปรดเปิดหน้านี้ใหม่ในแท็บอื่นเพื่อดูฉบับล่าสุด แล้วแก้ไขอีกครั้ง`;
}

/** Someone else saved first: nothing was written; the form keeps `values`. */
export function conflict<Field extends string = string>(
  message: string,
  values?: Record<string, string>,
): FormState<Field> {
  return { ok: false, conflict: true, message, values };
}

export function failed<Field extends string = string>(
  message: string,
  values?: Record<string, string>,
): FormState<Field> {
  return { ok: false, message, values };
}

/**
 * Runs `fn` and turns a refused session (signed out, role too low) into a Thai message instead of
 * an error page; anything else still throws (and is a bug).
 */
export async function refuseUnauthorized<State extends FormState<never>>(
  fn: () => Promise<State>,
  values?: Record<string, string>,
): Promise<State> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AuthError) return failed(e.message, values) as State;
    throw e;
  }
}

/** Zod field: a checkbox, present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

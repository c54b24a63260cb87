import { z } from "zod";
import { SECTION_KEYS } from "@/lib/posts/schema";

// The subscribe and manage forms (components/site/alerts), checked on the server. Everything
// arrives as form fields: `section` repeated, one per ticked section.

export const EMAIL_MAX = 254;

export const emailField = z
  .string({ error: "กรุณากรอกอีเมล" })
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "กรุณากรอกอีเมล")
      .max(EMAIL_MAX, `อีเมลยาวได้ไม่เกิน ${EMAIL_MAX} ตัวอักษร`)
      .pipe(z.email("รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com")),
  );

export const choiceFields = {
  sections: z
    .array(z.enum(SECTION_KEYS, { error: "หมวดข่าวที่เลือกไม่ถูกต้อง" }))
    .min(1, "กรุณาเลือกอย่างน้อยหนึ่งหมวด")
    .transform((list) => SECTION_KEYS.filter((k) => list.includes(k))),
  mode: z.enum(["IMMEDIATE", "DAILY"], { error: "กรุณาเลือกว่าจะรับทันทีหรือสรุปรายวัน" }),
};

export const subscribeSchema = z.object({
  email: emailField,
  ...choiceFields,
  consent: z.literal("on", { error: "กรุณายินยอมให้ใช้อีเมลเพื่อส่งข่าวตามที่เลือก" }),
});

export const manageSchema = z.object(choiceFields);

export type SubscribeInput = z.infer<typeof subscribeSchema>;
export type ManageInput = z.infer<typeof manageSchema>;

/** The form's fields as the schemas take them. */
export function alertFormValues(form: FormData): Record<string, unknown> {
  return {
    email: form.get("email") ?? undefined,
    sections: form.getAll("section").filter((v) => typeof v === "string"),
    mode: form.get("mode") || "IMMEDIATE",
    consent: form.get("consent") ?? undefined,
  };
}

/** The first problem of each field, for the form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}

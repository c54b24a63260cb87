"use server";

import { fieldDiff } from "@/lib/audit/log";
import {
  conflict,
  editedByOther,
  failed,
  type FormState,
  formValues,
  invalid,
  refuseUnauthorized,
  submitted,
} from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { saveSingleton } from "@/lib/db/versioned";
import { SETTINGS_FIELDS, settingsFormSchema } from "./schema";

// The office settings: admins only. The row is versioned like posts, so two admins editing at once
// cannot overwrite each other; the audit entry keeps only the fields that changed.

export async function updateSettings(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("ADMIN");
    const version = Number(values.version ?? "");
    if (!Number.isInteger(version) || version < 0) return failed("แบบฟอร์มไม่สมบูรณ์ โปรดโหลดหน้าใหม่", values);
    const input = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, values[k] ?? ""]));
    const parsed = settingsFormSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;

    const outcome = await getPrisma().$transaction((tx) =>
      saveSingleton(tx, {
        version,
        find: () => tx.siteSettings.findFirst(),
        create: () => tx.siteSettings.createMany({ data: [data], skipDuplicates: true }),
        update: () => tx.siteSettings.updateMany({ where: { version }, data: { ...data, version: { increment: 1 } } }),
        audit: (before) => {
          const diff = fieldDiff(before, data);
          // A save that changed nothing leaves no entry (a new row always does).
          if (before && Object.keys(diff.after).length === 0) return null;
          return { userId: user.id, action: "settings.update", entity: "settings", entityId: 1, ...diff };
        },
      }),
    );
    if (outcome.kind === "stale") return conflict(editedByOther("การตั้งค่า"), values);
    revalidatePublic();
    return {
      ok: true,
      message: "บันทึกการตั้งค่าแล้ว หน้าเว็บสาธารณะแสดงข้อมูลใหม่แล้ว",
      values: { ...values, version: String(outcome.version) },
    };
  }, values);
}

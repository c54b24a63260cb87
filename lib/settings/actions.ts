"use server";

import { audit, changedFields } from "@/lib/audit/log";
import { conflict, failed, formValues, invalid, refuseUnauthorized, type FormState } from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { SETTINGS_FIELDS, settingsFormSchema } from "./schema";

// The office settings: admins only. The row is versioned like posts, so two admins editing at once
// cannot overwrite each other; the audit entry keeps only the fields that changed.

export async function updateSettings(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("ADMIN");
    const version = Number(values.version ?? "");
    if (!Number.isInteger(version) || version < 0) return failed("แบบฟอร์มไม่สมบูรณ์ โปรดโหลดหน้าใหม่", values);
    const input = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, values[k] ?? ""]));
    const parsed = settingsFormSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;

    const outcome = await getPrisma().$transaction(async (tx) => {
      const before = await tx.siteSettings.findUnique({ where: { id: 1 } });
      if (!before) {
        // A fresh office: the first save creates the row (the form was opened at version 0).
        if (version !== 0) return "stale" as const;
        // Two first saves at once: ON CONFLICT DO NOTHING lets exactly one create the row.
        const { count } = await tx.siteSettings.createMany({ data: [{ id: 1, ...data }], skipDuplicates: true });
        if (count === 0) return "stale" as const;
        await audit(tx, { userId: user.id, action: "settings.update", entity: "settings", entityId: 1, after: data });
        return 1;
      }
      const { count } = await tx.siteSettings.updateMany({
        where: { id: 1, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return "stale" as const;
      const diff = changedFields(before, data);
      if (Object.keys(diff.after).length > 0) {
        await audit(tx, { userId: user.id, action: "settings.update", entity: "settings", entityId: 1, ...diff });
      }
      return version + 1;
    });
    if (outcome === "stale") return conflict(values, "การตั้งค่า");
    revalidatePublic();
    return {
      ok: true,
      message: "บันทึกการตั้งค่าแล้ว หน้าเว็บสาธารณะแสดงข้อมูลใหม่แล้ว",
      values: { ...values, version: String(outcome) },
    };
  }, values);
}

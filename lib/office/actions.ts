"use server";

import { audit, changedFields } from "@/lib/audit/log";
import { conflict, failed, formValues, invalid, refuseUnauthorized, type FormState } from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { sanitizeBody } from "@/lib/posts/sanitize";
import { OFFICE_PAGES } from "./pages";
import { officePageFormSchema } from "./schema";

// The office's own pages (about, contact, privacy): editors and admins may change them; authors
// may not (these pages speak for the office, like a published post, which only editors publish).
// Saves are versioned: of two editors who opened the same version, exactly one saves.

const KEYS = new Set<string>(OFFICE_PAGES.map((p) => p.key));

export async function updateOfficePage(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const key = values.key ?? "";
    const version = Number(values.version ?? "");
    if (!KEYS.has(key) || !/^\d{1,9}$/.test(values.version ?? "") || !Number.isInteger(version)) {
      return failed("แบบฟอร์มไม่สมบูรณ์ โปรดโหลดหน้าใหม่", values);
    }
    const parsed = officePageFormSchema.safeParse({ title: values.title ?? "", body: values.body ?? "" });
    if (!parsed.success) return invalid(parsed.error, values);
    const data = { title: parsed.data.title, body: sanitizeBody(parsed.data.body) };
    const pageKey = key as OfficePageKey;

    const outcome = await getPrisma().$transaction(async (tx) => {
      const before = await tx.officePage.findUnique({ where: { key: pageKey } });
      if (!before) {
        // A fresh office: the form was opened at version 0 and the first save creates the row.
        if (version !== 0) return "stale" as const;
        // Two first saves at once: ON CONFLICT DO NOTHING lets exactly one create the row.
        const { count } = await tx.officePage.createMany({
          data: [{ key: pageKey, ...data, updatedById: user.id }],
          skipDuplicates: true,
        });
        if (count === 0) return "stale" as const;
        await audit(tx, {
          userId: user.id,
          action: "office_page.update",
          entity: "office_page",
          entityId: pageKey,
          after: data,
        });
        return 1;
      }
      // The version check and the write are one statement: a concurrent save cannot slip between.
      const { count } = await tx.officePage.updateMany({
        where: { key: pageKey, version },
        data: { ...data, updatedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) return "stale" as const;
      const diff = changedFields(before, data);
      await audit(tx, {
        userId: user.id,
        action: "office_page.update",
        entity: "office_page",
        entityId: pageKey,
        ...diff,
      });
      return version + 1;
    });
    if (outcome === "stale") return conflict(values, "หน้านี้");
    revalidatePublic();
    return {
      ok: true,
      message: "บันทึกแล้ว หน้าเว็บสาธารณะแสดงเนื้อหาใหม่แล้ว",
      values: { ...values, body: data.body, version: String(outcome) },
    };
  }, values);
}

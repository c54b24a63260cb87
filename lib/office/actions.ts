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
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { sanitizeBody } from "@/lib/posts/sanitize";
import { OFFICE_PAGES } from "./pages";
import { officePageFormSchema } from "./schema";

// The office's own pages (about, contact, privacy): editors and admins may change them; authors
// may not (these pages speak for the office, like a published post, which only editors publish).
// Saves are versioned: of two editors who opened the same version, exactly one saves.

const KEYS = new Set<string>(OFFICE_PAGES.map((p) => p.key));

export async function updateOfficePage(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
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

    const outcome = await getPrisma().$transaction((tx) =>
      saveSingleton(tx, {
        version,
        find: () => tx.officePage.findFirst({ where: { key: pageKey } }),
        create: () =>
          tx.officePage.createMany({ data: [{ key: pageKey, ...data, updatedById: user.id }], skipDuplicates: true }),
        update: () =>
          tx.officePage.updateMany({
            where: { key: pageKey, version },
            data: { ...data, updatedById: user.id, version: { increment: 1 } },
          }),
        audit: (before) => ({
          userId: user.id,
          action: "office_page.update",
          entity: "office_page",
          entityId: pageKey,
          ...fieldDiff(before, data),
        }),
      }),
    );
    if (outcome.kind === "stale") return conflict(editedByOther("หน้านี้"), values);
    revalidatePublic();
    return {
      ok: true,
      message: "บันทึกแล้ว หน้าเว็บสาธารณะแสดงเนื้อหาใหม่แล้ว",
      values: { ...values, body: data.body, version: String(outcome.version) },
    };
  }, values);
}

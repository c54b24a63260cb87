"use server";

import { redirect } from "next/navigation";
import { audit, changedFields } from "@/lib/audit/log";
import {
  conflict,
  failed,
  formValues,
  idOf,
  invalid,
  refuseUnauthorized,
  type FormState,
} from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { dayKeyOf, formatMonthParam } from "@/lib/thai-date";
import { eventAuditSnapshot, eventFormSchema } from "./schema";

// Calendar mutations. Each checks the session itself (editors and admins), validates with the
// form's own schema, writes the row and its audit entry in one transaction, then refreshes the
// public pages (home widget and calendar) that show events.

const NOT_FOUND = "ไม่พบกิจกรรมนี้ อาจถูกลบไปแล้ว";

export async function createEvent(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let createdId: number | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const parsed = eventFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    createdId = await getPrisma().$transaction(async (tx) => {
      const row = await tx.event.create({ data: { ...data, createdById: user.id }, select: { id: true } });
      await audit(tx, {
        userId: user.id,
        action: "event.create",
        entity: "event",
        entityId: row.id,
        after: eventAuditSnapshot(data),
      });
      return row.id;
    });
    revalidatePublic();
    return { ok: true, message: "สร้างกิจกรรมแล้ว" };
  }, values);
  // Outside the try: redirect() works by throwing.
  if (createdId !== undefined) redirect(`/admin/events/${createdId}?saved=created`);
  return state;
}

export async function updateEvent(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = idOf(formData.get("id"));
    const version = idOf(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND, values);
    const parsed = eventFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;

    const outcome = await getPrisma().$transaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id } });
      if (!before) return "missing" as const;
      // The version check and the write are one statement: a concurrent save cannot slip between.
      const { count } = await tx.event.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return "stale" as const;
      const diff = changedFields(eventAuditSnapshot(before), eventAuditSnapshot(data));
      await audit(tx, { userId: user.id, action: "event.update", entity: "event", entityId: id, ...diff });
      return version + 1;
    });
    if (outcome === "missing") return failed(NOT_FOUND, values);
    if (outcome === "stale") return conflict(values, "กิจกรรมนี้");
    revalidatePublic();
    return { ok: true, message: "บันทึกการแก้ไขแล้ว", values: { ...values, version: String(outcome) } };
  }, values);
}

export async function deleteEvent(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let deletedFrom: string | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = idOf(formData.get("id"));
    const version = idOf(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND);
    const outcome = await getPrisma().$transaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id } });
      if (!before) return "missing" as const;
      const { count } = await tx.event.deleteMany({ where: { id, version } });
      if (count === 0) return "stale" as const;
      await audit(tx, {
        userId: user.id,
        action: "event.delete",
        entity: "event",
        entityId: id,
        before: eventAuditSnapshot(before),
      });
      return before;
    });
    if (outcome === "missing") return failed(NOT_FOUND);
    if (outcome === "stale") {
      return {
        ok: false,
        conflict: true,
        message: "ลบไม่ได้: มีผู้อื่นแก้ไขกิจกรรมนี้หลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วตรวจสอบก่อนลบอีกครั้ง",
      };
    }
    // Back to the month the event was in.
    deletedFrom = formatMonthParam(dayKeyOf(outcome.startsAt));
    revalidatePublic();
    return { ok: true, message: "ลบกิจกรรมแล้ว" };
  }, values);
  if (deletedFrom) redirect(`/admin/events?month=${deletedFrom}&saved=deleted`);
  return state;
}

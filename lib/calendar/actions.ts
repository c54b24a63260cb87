"use server";

import { redirect } from "next/navigation";
import { audit, fieldDiff } from "@/lib/audit/log";
import { parseId } from "@/lib/http/params";
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
import { writeVersioned } from "@/lib/db/versioned";
import { dayKeyOf, formatMonthParam } from "@/lib/thai-date";
import { eventAuditSnapshot, eventFormSchema } from "./schema";

// Calendar mutations. Each checks the session itself (editors and admins), validates with the
// form's own schema, writes the row and its audit entry in one transaction, then refreshes the
// public pages (home widget and calendar) that show events.

const NOT_FOUND = "ไม่พบกิจกรรมนี้ อาจถูกลบไปแล้ว";

export async function createEvent(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
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

export async function updateEvent(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND, values);
    const parsed = eventFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;

    const outcome = await getPrisma().$transaction((tx) =>
      writeVersioned(tx, {
        id,
        version,
        find: () => tx.event.findUnique({ where: { id } }),
        write: (where) => tx.event.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
        audit: (before) => ({
          userId: user.id,
          action: "event.update",
          entity: "event",
          entityId: id,
          ...fieldDiff(eventAuditSnapshot(before), eventAuditSnapshot(data)),
        }),
      }),
    );
    if (outcome.kind === "missing") return failed(NOT_FOUND, values);
    if (outcome.kind !== "ok") return conflict(editedByOther("กิจกรรมนี้"), values);
    revalidatePublic();
    return { ok: true, message: "บันทึกการแก้ไขแล้ว", values: { ...values, version: String(outcome.version) } };
  }, values);
}

export async function deleteEvent(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let deletedFrom: string | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND);
    const outcome = await getPrisma().$transaction((tx) =>
      writeVersioned(tx, {
        id,
        version,
        find: () => tx.event.findUnique({ where: { id } }),
        write: (where) => tx.event.deleteMany({ where }),
        audit: (before) => ({
          userId: user.id,
          action: "event.delete",
          entity: "event",
          entityId: id,
          before: eventAuditSnapshot(before),
        }),
      }),
    );
    if (outcome.kind === "missing") return failed(NOT_FOUND);
    if (outcome.kind !== "ok") {
      return conflict("ลบไม่ได้: มีผู้อื่นแก้ไขกิจกรรมนี้หลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วตรวจสอบก่อนลบอีกครั้ง");
    }
    // Back to the month the event was in.
    deletedFrom = formatMonthParam(dayKeyOf(outcome.before.startsAt));
    revalidatePublic();
    return { ok: true, message: "ลบกิจกรรมแล้ว" };
  }, values);
  if (deletedFrom) redirect(`/admin/events?month=${deletedFrom}&saved=deleted`);
  return state;
}

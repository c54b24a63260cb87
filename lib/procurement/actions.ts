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
  withFieldErrors,
} from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { writeVersioned } from "@/lib/db/versioned";
import { Prisma } from "@/lib/generated/prisma/client";
import { disclosureAuditSnapshot, disclosureFormSchema, type DisclosureInput } from "./schema";
import { disclosureProblems, duplicateMonthMessage } from "./write-checks";

// Procurement disclosure mutations. Editors and admins only: these are the office's legally
// required disclosures, published without review, so authors (who need an editor to publish a
// post) are refused here too. Each checks the session itself, validates with the form's schema,
// writes the row and its audit entry in one transaction, then refreshes the public pages.

const NOT_FOUND = "ไม่พบเอกสารนี้ อาจถูกลบไปแล้ว";
const CHECK_FIELDS = "มีข้อมูลที่ต้องแก้ไข โปรดดูข้อความใต้ช่องที่มีเครื่องหมาย ⚠";

function fieldProblem(fieldErrors: FormState["fieldErrors"], values: Record<string, string>): FormState {
  return withFieldErrors(fieldErrors ?? {}, values, CHECK_FIELDS);
}

/** A unique-index race (two saves of the same สขร.1 month at once) lost by this save. */
function duplicateRace(e: unknown, data: DisclosureInput, values: Record<string, string>): FormState | null {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002" || data.month === null) return null;
  return fieldProblem({ month: [duplicateMonthMessage(data.fiscalYear, data.month)] }, values);
}

export async function createDisclosure(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let created: { id: number } | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const parsed = disclosureFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    try {
      const outcome = await getPrisma().$transaction(async (tx) => {
        const problems = await disclosureProblems(tx, data);
        if (problems) return problems;
        const row = await tx.procurementDisclosure.create({
          data: { ...data, createdById: user.id, updatedById: user.id },
          select: { id: true },
        });
        await audit(tx, {
          userId: user.id,
          action: "procurement.create",
          entity: "procurement",
          entityId: row.id,
          after: disclosureAuditSnapshot(data),
        });
        return row;
      });
      if (!("id" in outcome)) return fieldProblem(outcome, values);
      created = outcome as { id: number };
    } catch (e) {
      const lost = duplicateRace(e, data, values);
      if (lost) return lost;
      throw e;
    }
    revalidatePublic();
    return { ok: true, message: "เพิ่มเอกสารแล้ว" };
  }, values);
  // Outside the try: redirect() works by throwing.
  if (created) redirect(`/admin/procurement/${created.id}?saved=created`);
  return state;
}

export async function updateDisclosure(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND, values);
    const parsed = disclosureFormSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    let outcome;
    try {
      outcome = await getPrisma().$transaction((tx) =>
        writeVersioned(tx, {
          id,
          version,
          find: () => tx.procurementDisclosure.findUnique({ where: { id } }),
          check: () => disclosureProblems(tx, data, id),
          write: (where) =>
            tx.procurementDisclosure.updateMany({
              where,
              data: { ...data, updatedById: user.id, version: { increment: 1 } },
            }),
          audit: (before) => ({
            userId: user.id,
            action: "procurement.update",
            entity: "procurement",
            entityId: id,
            ...fieldDiff(disclosureAuditSnapshot(before), disclosureAuditSnapshot(data)),
          }),
        }),
      );
    } catch (e) {
      const lost = duplicateRace(e, data, values);
      if (lost) return lost;
      throw e;
    }
    if (outcome.kind === "missing") return failed(NOT_FOUND, values);
    if (outcome.kind === "stale") return conflict(editedByOther("เอกสารนี้"), values);
    if (outcome.kind === "problem") return fieldProblem(outcome.problem, values);
    revalidatePublic();
    return { ok: true, message: "บันทึกการแก้ไขแล้ว", values: { ...values, version: String(outcome.version) } };
  }, values);
}

export async function deleteDisclosure(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let deletedFrom: number | undefined;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND);
    // The confirmation is a checkbox, so it works without JavaScript and cannot be skipped by accident.
    if (formData.get("confirm") !== "on") {
      return { ok: false, message: "โปรดทำเครื่องหมายยืนยันการลบก่อนกดปุ่มลบ", fieldErrors: { confirm: ["โปรดยืนยันการลบ"] } };
    }
    const outcome = await getPrisma().$transaction((tx) =>
      writeVersioned(tx, {
        id,
        version,
        find: () => tx.procurementDisclosure.findUnique({ where: { id } }),
        write: (where) => tx.procurementDisclosure.deleteMany({ where }),
        audit: (before) => ({
          userId: user.id,
          action: "procurement.delete",
          entity: "procurement",
          entityId: id,
          before: disclosureAuditSnapshot(before),
        }),
      }),
    );
    if (outcome.kind === "missing") return failed(NOT_FOUND);
    if (outcome.kind !== "ok") {
      return conflict("ลบไม่ได้: มีผู้อื่นแก้ไขเอกสารนี้หลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วตรวจสอบก่อนลบอีกครั้ง");
    }
    deletedFrom = outcome.before.fiscalYear;
    revalidatePublic();
    return { ok: true, message: "ลบเอกสารแล้ว" };
  }, values);
  if (deletedFrom !== undefined) redirect(`/admin/procurement?year=${deletedFrom}&saved=deleted`);
  return state;
}

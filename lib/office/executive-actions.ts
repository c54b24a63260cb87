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
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXECUTIVE_FIELDS, executiveFormSchema, type ExecutiveInput } from "./schema";

// The executives on the About page: editors and admins add, change, remove and reorder them.
// Every change is versioned, audited and refreshes the public pages.

const NOT_FOUND = "ไม่พบผู้บริหารรายนี้ อาจถูกลบไปแล้ว";
const LIST = "/admin/pages/executives";

type Tx = Prisma.TransactionClient;

/** The chosen photo must be an image uploaded to this site. */
async function photoProblem(tx: Tx, photoId: number | null): Promise<string | null> {
  if (photoId === null) return null;
  const asset = await tx.asset.findUnique({ where: { id: photoId }, select: { kind: true } });
  if (!asset) return "ไม่พบรูปภาพที่เลือก อาจถูกลบไปแล้ว โปรดเลือกใหม่";
  return asset.kind === "IMAGE" ? null : "รูปผู้บริหารต้องเป็นไฟล์รูปภาพ";
}

function parse(values: Record<string, string>) {
  return executiveFormSchema.safeParse(Object.fromEntries(EXECUTIVE_FIELDS.map((k) => [k, values[k] ?? ""])));
}

const photoError = (message: string, values: Record<string, string>): FormState =>
  withFieldErrors({ photoId: [message] }, values);

const snapshotOf = (e: ExecutiveInput & { sortOrder?: number }) => ({ ...e });

export async function createExecutive(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let created = false;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const parsed = parse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    const problem = await getPrisma().$transaction(async (tx): Promise<string | null> => {
      const photo = await photoProblem(tx, data.photoId);
      if (photo) return photo;
      // New executives go to the end of the list.
      const last = await tx.executive.aggregate({ _max: { sortOrder: true } });
      const sortOrder = (last._max.sortOrder ?? 0) + 10;
      const row = await tx.executive.create({ data: { ...data, sortOrder }, select: { id: true } });
      await audit(tx, {
        userId: user.id,
        action: "executive.create",
        entity: "executive",
        entityId: row.id,
        after: snapshotOf({ ...data, sortOrder }),
      });
      return null;
    });
    if (problem) return photoError(problem, values);
    created = true;
    revalidatePublic();
    return { ok: true, message: "เพิ่มผู้บริหารแล้ว" };
  }, values);
  // Outside the try: redirect() works by throwing.
  if (created) redirect(`${LIST}?saved=created`);
  return state;
}

export async function updateExecutive(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND, values);
    const parsed = parse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    const outcome = await getPrisma().$transaction((tx) =>
      writeVersioned(tx, {
        id,
        version,
        find: () => tx.executive.findUnique({ where: { id } }),
        check: () => photoProblem(tx, data.photoId),
        write: (where) => tx.executive.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
        audit: (before) => ({
          userId: user.id,
          action: "executive.update",
          entity: "executive",
          entityId: id,
          ...fieldDiff(before, data),
        }),
      }),
    );
    if (outcome.kind === "missing") return failed(NOT_FOUND, values);
    if (outcome.kind === "stale") return conflict(editedByOther("ข้อมูลผู้บริหารรายนี้"), values);
    if (outcome.kind === "problem") return photoError(outcome.problem, values);
    revalidatePublic();
    return { ok: true, message: "บันทึกการแก้ไขแล้ว", values: { ...values, version: String(outcome.version) } };
  }, values);
}

export async function deleteExecutive(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  let deleted = false;
  const state = await refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    if (id === null || version === null) return failed(NOT_FOUND);
    const outcome = await getPrisma().$transaction((tx) =>
      writeVersioned(tx, {
        id,
        version,
        find: () => tx.executive.findUnique({ where: { id } }),
        write: (where) => tx.executive.deleteMany({ where }),
        audit: ({ id: _id, createdAt: _c, updatedAt: _u, version: _v, ...snapshot }) => ({
          userId: user.id,
          action: "executive.delete",
          entity: "executive",
          entityId: id,
          before: snapshot,
        }),
      }),
    );
    if (outcome.kind === "missing") return failed(NOT_FOUND);
    if (outcome.kind !== "ok") {
      return conflict("ลบไม่ได้: มีผู้อื่นแก้ไขข้อมูลผู้บริหารรายนี้หลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วตรวจสอบก่อนลบอีกครั้ง");
    }
    deleted = true;
    revalidatePublic();
    return { ok: true, message: "ลบผู้บริหารแล้ว" };
  }, values);
  if (deleted) redirect(`${LIST}?saved=deleted`);
  return state;
}

/** Swaps an executive with the one above ("up") or below ("down") it. */
export async function moveExecutive(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const user = await requireRole("EDITOR");
    const id = parseId(formData.get("id"));
    const version = parseId(formData.get("version"));
    const direction = values.direction;
    if (id === null || version === null || (direction !== "up" && direction !== "down")) return failed(NOT_FOUND);
    const outcome = await getPrisma()
      .$transaction(async (tx) => {
        const list = await tx.executive.findMany({
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          select: { id: true, version: true },
        });
        const at = list.findIndex((e) => e.id === id);
        if (at < 0) return "missing" as const;
        if (list[at]!.version !== version) return "stale" as const;
        const to = direction === "up" ? at - 1 : at + 1;
        if (to < 0 || to >= list.length) return "edge" as const;
        [list[at], list[to]] = [list[to]!, list[at]!];
        // Renumber the whole list: older rows may share a sortOrder. Every row's version is checked
        // and bumped, so a concurrent move or edit makes this one fail instead of interleaving.
        for (const [i, e] of list.entries()) {
          const { count } = await tx.executive.updateMany({
            where: { id: e.id, version: e.version },
            data: { sortOrder: (i + 1) * 10, version: { increment: 1 } },
          });
          if (count === 0) throw new StaleMove();
        }
        await audit(tx, {
          userId: user.id,
          action: "executive.move",
          entity: "executive",
          entityId: id,
          before: { sortOrder: at + 1 },
          after: { sortOrder: to + 1 },
        });
        return "ok" as const;
      })
      .catch((e: unknown) => {
        if (e instanceof StaleMove) return "stale" as const;
        throw e;
      });
    if (outcome === "missing") return failed(NOT_FOUND);
    if (outcome === "stale")
      return conflict("เปลี่ยนลำดับไม่ได้: มีผู้อื่นแก้ไขรายชื่อผู้บริหารหลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง");
    if (outcome === "edge") return failed(direction === "up" ? "รายการนี้อยู่ลำดับแรกแล้ว" : "รายการนี้อยู่ลำดับสุดท้ายแล้ว");
    revalidatePublic();
    return { ok: true, message: direction === "up" ? "เลื่อนขึ้นแล้ว" : "เลื่อนลงแล้ว" };
  }, values);
}

class StaleMove extends Error {}

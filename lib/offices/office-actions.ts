"use server";

import { z } from "zod";
import {
  formValues,
  invalid,
  refuseUnauthorized,
  submitted,
  withFieldErrors,
  type FormState,
} from "@/lib/admin/form-state";
import { audit } from "@/lib/audit/log";
import { requirePlatformAdmin } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SEGMENT } from "./context";

// The platform administrator adds an office (a new province's, say) beside the 78 the migration
// made. Its site answers at <code>.<SITE_DOMAIN> and <code>.localhost within a minute (the
// server's directory); its first admin is then created in its own staff area.

// Codes that name something else: the path segment of the default office, and host labels no
// office should take.
const RESERVED = new Set([DEFAULT_SEGMENT, "www", "admin", "api", "localhost", "mail"]);

const text = (label: string, max: number) =>
  z.string().trim().min(1, `กรุณากรอก${label}`).max(max, `${label}ยาวได้ไม่เกิน ${max} ตัวอักษร`);

const officeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9]{1,29}$/, "รหัสสำนักงานใช้ตัวอักษรอังกฤษตัวเล็กและตัวเลข 2–30 ตัว ขึ้นต้นด้วยตัวอักษร เช่น buengkan")
    .refine((c) => !RESERVED.has(c), "รหัสนี้สงวนไว้สำหรับระบบ โปรดใช้รหัสอื่น"),
  nameTh: text("ชื่อสำนักงานภาษาไทย", 200),
  nameEn: text("ชื่อสำนักงานภาษาอังกฤษ", 200),
  province: text("ชื่อจังหวัด", 100),
  provinceEn: text("ชื่อจังหวัดภาษาอังกฤษ", 100),
});

export async function createOffice(prev: FormState, posted: FormData): Promise<FormState> {
  const values = formValues(submitted(prev, posted));
  return refuseUnauthorized(async () => {
    const actor = await requirePlatformAdmin();
    const parsed = officeSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const taken = `มีสำนักงานรหัส ${parsed.data.code} อยู่แล้ว`;
    if (await getPrisma().office.findUnique({ where: { code: parsed.data.code } }))
      return withFieldErrors({ code: [taken] }, values);
    try {
      await getPrisma().$transaction(async (tx) => {
        await tx.office.create({ data: parsed.data });
        await audit(tx, {
          userId: actor.id,
          action: "office.create",
          entity: "office",
          entityId: parsed.data.code,
          after: parsed.data,
        });
      });
    } catch (e) {
      // Added by someone else a moment ago.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
        return withFieldErrors({ code: [taken] }, values);
      throw e;
    }
    return {
      ok: true,
      message: `เพิ่ม${parsed.data.nameTh}แล้ว เว็บไซต์ใช้ได้ภายใน 1 นาที ต่อไปสร้างผู้ดูแลระบบคนแรกในระบบจัดการของสำนักงานนั้น`,
    };
  }, values);
}

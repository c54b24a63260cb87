"use server";

import { failed, formValues, refuseUnauthorized, submitted, type FormState } from "@/lib/admin/form-state";
import { audit } from "@/lib/audit/log";
import { requirePlatformAdmin } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { hostProblem, normalizeHost } from "./hosts";

// The host names an office answers on besides <code>.<SITE_DOMAIN> (OfficeHost): the platform
// administrator's alone. The server reads them again within a minute (server/serve.ts).

export async function addOfficeHost(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const actor = await requirePlatformAdmin();
    const problem = hostProblem(values.host ?? "", env());
    if (problem) return { ok: false, message: problem, fieldErrors: { host: [problem] }, values };
    const host = normalizeHost(values.host)!;
    const office = await getPrisma().office.findUnique({ where: { code: values.office ?? "" } });
    if (!office) return failed("ไม่พบสำนักงานที่เลือก โปรดโหลดหน้าใหม่", values);
    const taken = await getPrisma().officeHost.findUnique({ where: { host }, include: { office: true } });
    if (taken) return failed(`ชื่อ ${host} เป็นของ${taken.office.nameTh}อยู่แล้ว`, values);
    try {
      await getPrisma().$transaction(async (tx) => {
        await tx.officeHost.create({ data: { host, officeId: office.id } });
        await audit(tx, {
          userId: actor.id,
          action: "office.host_add",
          entity: "office",
          entityId: office.code,
          after: { host },
        });
      });
    } catch (e) {
      // Added by someone else a moment ago.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
        return failed(`ชื่อ ${host} มีผู้เพิ่มไว้แล้ว โปรดโหลดหน้าใหม่`, values);
      throw e;
    }
    return { ok: true, message: `เพิ่มชื่อ ${host} ให้${office.nameTh}แล้ว มีผลภายใน 1 นาที` };
  }, values);
}

export async function removeOfficeHost(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const actor = await requirePlatformAdmin();
    const host = normalizeHost(values.host);
    const row = host ? await getPrisma().officeHost.findUnique({ where: { host }, include: { office: true } }) : null;
    if (!row) return failed("ไม่พบชื่อนี้ อาจถูกลบไปแล้ว โปรดโหลดหน้าใหม่");
    await getPrisma().$transaction(async (tx) => {
      await tx.officeHost.deleteMany({ where: { host: row.host } });
      await audit(tx, {
        userId: actor.id,
        action: "office.host_remove",
        entity: "office",
        entityId: row.office.code,
        before: { host: row.host },
      });
    });
    return { ok: true, message: `ลบชื่อ ${row.host} ของ${row.office.nameTh}แล้ว มีผลภายใน 1 นาที` };
  });
}

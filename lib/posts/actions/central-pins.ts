"use server";

import { audit } from "@/lib/audit/log";
import { failed, type FormState, formValues, refuseUnauthorized, submitted } from "@/lib/admin/form-state";
import { requireRole } from "@/lib/auth/session";
import { revalidatePublic } from "@/lib/cache/revalidate";
import { getPrisma } from "@/lib/db/client";
import { parseId } from "@/lib/http/params";
import { findCentralPost } from "../central";
import { sectionInfo } from "../sections";

// A provincial office pins a central office post to the top of its own listing of that post's
// section, or takes the pin away. Editors and admins; the post must be the central office's and
// published (read across offices in ../central.ts); the pin is this office's row (CentralPin,
// confined by lib/offices/scope.ts). Both are audited and refresh the public pages.

const NOT_FOUND = "ไม่พบข่าวนี้ของสำนักงานส่วนกลาง อาจถูกถอนหรือลบไปแล้ว โปรดโหลดหน้าใหม่";

/** One form for both: `pin` is "1" to pin the post `postId`, "0" to take its pin away. */
export async function setCentralPin(prev: FormState, posted: FormData): Promise<FormState> {
  const values = formValues(submitted(prev, posted));
  return refuseUnauthorized(() => (values.pin === "1" ? pin(values) : unpin(values)));
}

async function pin(values: Record<string, string>): Promise<FormState> {
  const user = await requireRole("EDITOR");
  const id = parseId(values.postId);
  const post = id === null ? null : await findCentralPost(id);
  if (!post) return failed(NOT_FOUND);
  const section = sectionInfo(post.section).label;
  const created = await getPrisma().$transaction(async (tx) => {
    const { count } = await tx.centralPin.createMany({ data: [{ postId: post.id }], skipDuplicates: true });
    if (count === 0) return false;
    await audit(tx, {
      userId: user.id,
      action: "central_pin.add",
      entity: "central_pin",
      entityId: post.id,
      after: { title: post.title, section: post.section },
    });
    return true;
  });
  if (!created) return { ok: true, message: `ข่าวนี้ปักหมุดไว้ในหมวด${section}อยู่แล้ว` };
  revalidatePublic();
  return { ok: true, message: `ปักหมุดแล้ว: แสดงที่ด้านบนของหมวด${section}บนเว็บไซต์ของสำนักงาน` };
}

async function unpin(values: Record<string, string>): Promise<FormState> {
  const user = await requireRole("EDITOR");
  const id = parseId(values.postId);
  if (id === null) return failed(NOT_FOUND);
  const removed = await getPrisma().$transaction(async (tx) => {
    const { count } = await tx.centralPin.deleteMany({ where: { postId: id } });
    if (count === 0) return false;
    await audit(tx, { userId: user.id, action: "central_pin.remove", entity: "central_pin", entityId: id });
    return true;
  });
  if (!removed) return { ok: true, message: "ข่าวนี้ไม่ได้ปักหมุดไว้แล้ว" };
  revalidatePublic();
  return { ok: true, message: "เลิกปักหมุดแล้ว" };
}

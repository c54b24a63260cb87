"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import { failed, type FormState, formValues, invalid, refuseUnauthorized, submitted } from "@/lib/admin/form-state";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/password";
import { closeAllSessions } from "@/lib/auth/server-sessions";
import { requireSignedIn, requireUser } from "@/lib/auth/session";
import { forgiveAttempt, loginAddress, minutesLeft, reserveAttempt, throttleKeys } from "@/lib/auth/throttle";
import { lockedMessage, PASSWORD_CHANGED_NOTICE, SIGNED_OUT_EVERYWHERE_NOTICE } from "@/lib/auth/messages";
import { getPrisma } from "@/lib/db/client";

// Every signed-in person changes their own password here. A generated password (the demo
// admin's printed one, user:create's, an admin's reset) must be replaced here before anything else
// in the staff area opens: this is the one action such a session may call. The current password is
// checked under the same throttle as sign-in, so a borrowed session cannot be used to guess it.
// Success signs out every session, this one included.

const schema = z
  .object({
    current: z.string().min(1, "กรุณากรอกรหัสผ่านปัจจุบัน"),
    next: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน" })
  .refine((v) => v.next !== v.current, { path: ["next"], message: "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน" });

async function requestAddress(): Promise<string> {
  try {
    return loginAddress(await headers());
  } catch {
    return "unknown"; // called outside a request (tests)
  }
}

export async function changeOwnPassword(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  // Passwords are never echoed back into the form.
  const state = await refuseUnauthorized(async () => {
    const user = await requireSignedIn();
    const parsed = schema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error, {});
    const prisma = getPrisma();
    const now = new Date();
    const reserved = await reserveAttempt(prisma, throttleKeys(user.email, await requestAddress()), now);
    if (!reserved.ok) return failed(lockedMessage(minutesLeft(reserved.refusal.until, now)));
    const { delayMs } = reserved.reservation;
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));

    const row = await prisma.user.findUnique({
      where: { id: user.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    if (!row || !(await verifyPassword(row.passwordHash, parsed.data.current))) {
      await audit(prisma, {
        userId: user.id,
        action: "user.password_change_failed",
        entity: "user",
        entityId: user.id,
        after: { reason: "wrong_password" },
      });
      return { ok: false, message: "รหัสผ่านปัจจุบันไม่ถูกต้อง", fieldErrors: { current: ["รหัสผ่านปัจจุบันไม่ถูกต้อง"] } };
    }
    await forgiveAttempt(prisma, reserved.reservation, now);
    const passwordHash = await hashPassword(parsed.data.next);
    const changed = await prisma.$transaction(async (tx) => {
      // Only if nothing changed the account since it was read (a reset by an admin wins).
      const { count } = await tx.user.updateMany({
        where: { id: user.id, sessionVersion: row.sessionVersion },
        data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      });
      if (count === 1) {
        await tx.session.deleteMany({ where: { userId: user.id } });
        await audit(tx, {
          userId: user.id,
          action: "user.password_change",
          entity: "user",
          entityId: user.id,
          before: {},
          after: { passwordChanged: true },
        });
      }
      return count === 1;
    });
    return changed ? { ok: true } : failed("บัญชีของคุณเพิ่งถูกเปลี่ยนโดยผู้อื่น โปรดเข้าสู่ระบบใหม่แล้วลองอีกครั้ง");
  });
  if (state.ok) redirect(`/admin/login?notice=${PASSWORD_CHANGED_NOTICE}`);
  return state;
}

/**
 * «ออกจากระบบทุกเครื่อง»: ends every session of the signed-in person, on every browser, this one
 * included (a phone left signed in somewhere, a shared computer). The sign-in page confirms it.
 */
export async function signOutEverywhere(_prev: FormState, _formData: FormData): Promise<FormState> {
  const state = await refuseUnauthorized(async () => {
    const user = await requireUser();
    const prisma = getPrisma();
    await prisma.$transaction(async (tx) => {
      const ended = await closeAllSessions(tx, user.id, new Date());
      await audit(tx, {
        userId: user.id,
        action: "auth.logout_everywhere",
        entity: "user",
        entityId: user.id,
        after: { sessionsEnded: ended, by: "self" },
      });
    });
    return { ok: true };
  });
  if (state.ok) redirect(`/admin/login?notice=${SIGNED_OUT_EVERYWHERE_NOTICE}`);
  return state;
}

"use server";

import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit/log";
import { parseId } from "@/lib/http/params";
import { failed, type FormState, formValues, invalid, refuseUnauthorized, submitted } from "@/lib/admin/form-state";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { closeAllSessions } from "@/lib/auth/server-sessions";
import { requireRole } from "@/lib/auth/session";
import { clearAccountThrottle } from "@/lib/auth/throttle";
import { currentOfficeId, getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/roles";
import { changeRoleSchema, createUserSchema, userAuditSnapshot } from "./schema";

// Staff accounts: admins only. Whatever changes someone's access (role, deactivation, a new
// password) bumps their sessionVersion so sessions opened before stop working at once. The site
// must always keep one active admin, and nobody changes their own access from here. A password the
// server generates (new account, reset) must be replaced by its owner at first sign-in.

export type UserFormState = FormState & {
  /** Shown once, right after creation or reset; never stored in clear or logged. */
  oneTimePassword?: string;
  userId?: number;
  userName?: string;
};

const NOT_FOUND = "ไม่พบผู้ใช้นี้";
const NOT_YOURSELF = "ไม่สามารถเปลี่ยนสิทธิ์หรือสถานะบัญชีของตนเองได้ โปรดให้ผู้ดูแลระบบคนอื่นดำเนินการ";
const LAST_ADMIN = "ทำรายการนี้ไม่ได้: ระบบต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อย 1 คน";
const PLATFORM_ONLY = "บัญชีนี้เป็นของผู้ดูแลระบบส่วนกลาง แก้ไขได้โดยผู้ดูแลระบบส่วนกลางเท่านั้น";
const STALE = "บัญชีนี้ถูกเปลี่ยนไปแล้วหลังจากที่คุณเปิดหน้านี้ โปรดโหลดหน้าใหม่แล้วตรวจสอบอีกครั้ง";

type Tx = Prisma.TransactionClient;

/** Locks the office's active admins' rows so two concurrent demotions cannot both pass the check. */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const officeId = await currentOfficeId();
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE "officeId" = ${officeId} AND role = 'ADMIN' AND active FOR UPDATE`;
  return rows.map((r) => r.id);
}

async function wouldLeaveNoAdmin(tx: Tx, targetId: number): Promise<boolean> {
  const admins = await lockActiveAdmins(tx);
  return admins.includes(targetId) && admins.length <= 1;
}

export async function createUser(prev: UserFormState, posted: FormData): Promise<UserFormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const actor = await requireRole("ADMIN");
    const parsed = createUserSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const data = parsed.data;
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const created = await getPrisma().$transaction(async (tx) => {
      if (await tx.user.findFirst({ where: { email: data.email }, select: { id: true } })) return null;
      const user = await tx.user.create({
        data: { ...data, passwordHash, mustChangePassword: true },
        select: { id: true, email: true, name: true, role: true, active: true },
      });
      await audit(tx, {
        userId: actor.id,
        action: "user.create",
        entity: "user",
        entityId: user.id,
        after: userAuditSnapshot(user),
      });
      return user;
    });
    if (created) revalidatePath("/admin/users");
    if (!created) {
      return { ok: false, message: "มีข้อมูลที่ต้องแก้ไข 1 รายการ", fieldErrors: { email: ["อีเมลนี้มีบัญชีผู้ใช้อยู่แล้ว"] }, values };
    }
    return {
      ok: true,
      message: `สร้างบัญชีของ ${created.name} แล้ว`,
      oneTimePassword: password,
      userId: created.id,
      userName: created.name,
    };
  }, values);
}

type Change = {
  action: string;
  data: Prisma.UserUpdateInput;
  before: Prisma.InputJsonObject;
  after: Prisma.InputJsonObject;
  message: string;
};

/**
 * The shared path of every access change: admin check, no self-service, row lock, "expected"
 * check against what the page showed, last-admin guard, write + audit in one transaction.
 */
async function changeAccess(
  actor: SessionUser,
  formData: FormData,
  plan: (target: { id: number; name: string; role: Role; active: boolean }) => Change | FormState,
  opts: { guardLastAdmin: boolean },
): Promise<FormState> {
  const id = parseId(formData.get("id"));
  if (id === null) return failed(NOT_FOUND);
  if (id === actor.id) return failed(NOT_YOURSELF);
  const result = await getPrisma().$transaction(async (tx): Promise<FormState> => {
    const guard = opts.guardLastAdmin ? await wouldLeaveNoAdmin(tx, id) : false;
    const target = await tx.user.findUnique({
      where: { id },
      select: { id: true, name: true, role: true, active: true, isPlatformAdmin: true },
    });
    if (!target) return failed(NOT_FOUND);
    // An office's admin cannot lock the central IT out of the office its account belongs to.
    if (target.isPlatformAdmin && !actor.isPlatformAdmin) return failed(PLATFORM_ONLY);
    const change = plan(target);
    if (!("action" in change)) return change;
    if (guard) return failed(LAST_ADMIN);
    await tx.user.update({ where: { id }, data: { ...change.data, sessionVersion: { increment: 1 } } });
    await audit(tx, {
      userId: actor.id,
      action: change.action,
      entity: "user",
      entityId: id,
      before: change.before,
      after: change.after,
    });
    return { ok: true, message: change.message };
  });
  // Staff pages only (accounts are not public): the user's page shows the new role or status.
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function changeRole(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  const values = formValues(formData);
  return refuseUnauthorized(async () => {
    const actor = await requireRole("ADMIN");
    const parsed = changeRoleSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const role = parsed.data.role;
    return changeAccess(
      actor,
      formData,
      (t) => {
        if (values.expectedRole && values.expectedRole !== t.role) return failed(STALE);
        if (t.role === role) return { ok: true, message: "บทบาทไม่เปลี่ยนแปลง" };
        return {
          action: "user.role_change",
          data: { role },
          before: { role: t.role },
          after: { role },
          message: `เปลี่ยนบทบาทของ ${t.name} แล้ว ผู้ใช้ต้องเข้าสู่ระบบใหม่`,
        };
      },
      // Demoting an admin must not leave the site without one.
      { guardLastAdmin: role !== "ADMIN" },
    );
  }, values);
}

export async function deactivateUser(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () =>
    changeAccess(
      await requireRole("ADMIN"),
      formData,
      (t) =>
        t.active
          ? {
              action: "user.deactivate",
              data: { active: false },
              before: { active: true },
              after: { active: false },
              message: `ระงับบัญชีของ ${t.name} แล้ว`,
            }
          : failed(STALE),
      { guardLastAdmin: true },
    ),
  );
}

export async function reactivateUser(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () =>
    changeAccess(
      await requireRole("ADMIN"),
      formData,
      (t) =>
        t.active
          ? failed(STALE)
          : {
              action: "user.reactivate",
              data: { active: true },
              before: { active: false },
              after: { active: true },
              message: `เปิดใช้บัญชีของ ${t.name} อีกครั้งแล้ว`,
            },
      { guardLastAdmin: false },
    ),
  );
}

export async function resetPassword(prev: UserFormState, posted: FormData): Promise<UserFormState> {
  const formData = submitted(prev, posted);
  let password: string | undefined;
  const state = await refuseUnauthorized(async () => {
    const actor = await requireRole("ADMIN");
    // Hashing is slow on purpose: do it before the transaction holds any lock.
    const candidate = generatePassword();
    const passwordHash = await hashPassword(candidate);
    const result = await changeAccess(
      actor,
      formData,
      (t) =>
        t.active
          ? {
              action: "user.password_reset",
              data: { passwordHash, mustChangePassword: true },
              // Only the fact of the reset: never the password or its hash.
              before: {},
              after: { passwordReset: true },
              message: `ตั้งรหัสผ่านใหม่ให้ ${t.name} แล้ว`,
            }
          : failed("บัญชีนี้ถูกระงับอยู่ โปรดเปิดใช้บัญชีก่อนตั้งรหัสผ่านใหม่"),
      { guardLastAdmin: false },
    );
    if (result.ok) password = candidate;
    return result;
  });
  return password ? { ...state, oneTimePassword: password } : state;
}

/** Someone else's account, for the two actions below that do not change access itself. */
async function otherAccount(
  actor: SessionUser,
  formData: FormData,
): Promise<{ id: number; name: string; email: string } | FormState> {
  const id = parseId(formData.get("id"));
  if (id === null) return failed(NOT_FOUND);
  if (id === actor.id) return failed("บัญชีของคุณเอง: ใช้ «ออกจากระบบทุกเครื่อง» ในหน้าบัญชีของฉัน");
  const target = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, isPlatformAdmin: true },
  });
  if (!target) return failed(NOT_FOUND);
  if (target.isPlatformAdmin && !actor.isPlatformAdmin) return failed(PLATFORM_ONLY);
  return { id: target.id, name: target.name, email: target.email };
}

/** Ends every session of another person (a lost phone, a shared computer, a suspicion). */
export async function signOutUserEverywhere(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () => {
    const actor = await requireRole("ADMIN");
    const target = await otherAccount(actor, formData);
    if (!("id" in target)) return target;
    const ended = await getPrisma().$transaction(async (tx) => {
      const n = await closeAllSessions(tx, target.id, new Date());
      await audit(tx, {
        userId: actor.id,
        action: "user.logout_everywhere",
        entity: "user",
        entityId: target.id,
        after: { sessionsEnded: n },
      });
      return n;
    });
    return {
      ok: true,
      message: ended
        ? `ออกจากระบบทุกเครื่องของ ${target.name} แล้ว (${ended.toLocaleString("th-TH")} เครื่อง) ผู้ใช้ต้องเข้าสู่ระบบใหม่`
        : `${target.name} ไม่ได้เข้าสู่ระบบอยู่ที่เครื่องใด ไม่มีสิ่งใดต้องเปลี่ยน`,
    };
  });
}

/** Lifts every sign-in lock and slow-down of an account, from every address. */
export async function unlockSignIn(prev: FormState, posted: FormData): Promise<FormState> {
  const formData = submitted(prev, posted);
  return refuseUnauthorized(async () => {
    const actor = await requireRole("ADMIN");
    const target = await otherAccount(actor, formData);
    if (!("id" in target)) return target;
    const cleared = await getPrisma().$transaction(async (tx) => {
      const n = await clearAccountThrottle(tx, target.email);
      await audit(tx, {
        userId: actor.id,
        action: "user.unlock",
        entity: "user",
        entityId: target.id,
        after: { throttleRowsCleared: n },
      });
      return n;
    });
    revalidatePath("/admin/users", "layout");
    return {
      ok: true,
      message: cleared
        ? `ปลดล็อกการเข้าสู่ระบบของ ${target.name} แล้ว เข้าสู่ระบบได้ทันทีจากทุกเครื่อง`
        : `บัญชีของ ${target.name} ไม่ได้ถูกล็อกอยู่ เข้าสู่ระบบได้ตามปกติ`,
    };
  });
}

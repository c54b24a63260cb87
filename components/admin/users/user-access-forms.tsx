"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  changeRole,
  deactivateUser,
  reactivateUser,
  resetPassword,
  signOutUserEverywhere,
  unlockSignIn,
  type UserFormState,
} from "@/lib/users/actions";
import { ActionMessage as Message } from "../forms/action-message";
import { INPUT_CLASS, SubmitButton } from "../forms/form-field";
import { OneTimePassword } from "./one-time-password";
import { RoleOptions } from "./role-options";

// The three things an admin changes on someone else's account. Each is its own small form with
// its own live message; the server re-checks everything (admin, not yourself, last admin).

type Target = { id: number; name: string; role: Role; active: boolean };

export function ChangeRoleForm({ user }: { user: Target }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeRole, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="expectedRole" value={user.role} />
      <label htmlFor="field-role" className="block font-bold">
        บทบาท
      </label>
      <select
        id="field-role"
        name="role"
        defaultValue={state.values?.role ?? user.role}
        className={`${INPUT_CLASS} max-w-xl`}
        aria-describedby="role-hint"
      >
        <RoleOptions />
      </select>
      <p id="role-hint" className="text-sm text-slate-600">
        เมื่อเปลี่ยนบทบาท ผู้ใช้จะต้องเข้าสู่ระบบใหม่
      </p>
      <SubmitButton pending={pending}>เปลี่ยนบทบาท</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function ActiveForm({ user }: { user: Target }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    user.active ? deactivateUser : reactivateUser,
    IDLE,
  );
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (
          user.active &&
          !window.confirm(`ระงับบัญชีของ ${user.name} ใช่หรือไม่? ผู้ใช้จะออกจากระบบทันทีและเข้าสู่ระบบไม่ได้จนกว่าจะเปิดใช้อีกครั้ง`)
        )
          e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={user.id} />
      <p className="mb-2 text-slate-700">
        {user.active ? "ระงับบัญชีเมื่อเจ้าหน้าที่ย้ายหรือพ้นหน้าที่ ข่าวที่เคยเขียนยังคงอยู่" : "บัญชีนี้ถูกระงับอยู่ เข้าสู่ระบบไม่ได้"}
      </p>
      <SubmitButton pending={pending} tone={user.active ? "danger" : "primary"}>
        {user.active ? "ระงับบัญชี" : "เปิดใช้บัญชีอีกครั้ง"}
      </SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: Target }) {
  const [state, action, pending] = useActionState<UserFormState, FormData>(resetPassword, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`ตั้งรหัสผ่านใหม่ให้ ${user.name} ใช่หรือไม่? รหัสเดิมจะใช้ไม่ได้และผู้ใช้จะออกจากระบบทันที`))
          e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={user.id} />
      <p className="text-slate-700">ใช้เมื่อผู้ใช้ลืมรหัสผ่าน ระบบจะสร้างรหัสผ่านชั่วคราวใหม่และแสดงเพียงครั้งเดียว</p>
      <SubmitButton pending={pending}>ตั้งรหัสผ่านใหม่</SubmitButton>
      <Message state={state} />
      {state.oneTimePassword && <OneTimePassword password={state.oneTimePassword} who={user.name} />}
    </form>
  );
}

export function SignOutUserEverywhereForm({ user }: { user: Target }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutUserEverywhere, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`ให้ ${user.name} ออกจากระบบทุกเครื่องใช่หรือไม่? ผู้ใช้จะต้องเข้าสู่ระบบใหม่`)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={user.id} />
      <p className="text-slate-700">ใช้เมื่อเครื่องที่ผู้ใช้เข้าสู่ระบบไว้สูญหายหรือสงสัยว่ามีผู้อื่นใช้บัญชี รหัสผ่านไม่เปลี่ยน</p>
      <SubmitButton pending={pending} tone="danger">
        ออกจากระบบทุกเครื่อง
      </SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function UnlockSignInForm({ user }: { user: Target }) {
  const [state, action, pending] = useActionState<FormState, FormData>(unlockSignIn, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={user.id} />
      <p className="text-slate-700">
        เมื่อมีการกรอกรหัสผ่านผิดหลายครั้ง ระบบจะล็อกการเข้าสู่ระบบของบัญชีนี้จากเครื่องนั้นไว้ 15 นาที ปลดล็อกได้ทันทีที่นี่ เช่น
        เมื่อเจ้าของบัญชีเป็นผู้กรอกผิดเอง
      </p>
      <SubmitButton pending={pending}>ปลดล็อกการเข้าสู่ระบบ</SubmitButton>
      <Message state={state} />
    </form>
  );
}

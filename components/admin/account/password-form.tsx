"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { changeOwnPassword } from "@/lib/users/account-actions";
import { FormStatus } from "../forms/form-status";
import { SubmitButton, TextField } from "../forms/form-field";

const LABELS = { current: "รหัสผ่านปัจจุบัน", next: "รหัสผ่านใหม่", confirm: "ยืนยันรหัสผ่านใหม่" };

// The signed-in person's own password. The fields are never refilled after a refusal.
export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changeOwnPassword, IDLE);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <TextField
        name="current"
        label={LABELS.current}
        errors={e.current}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        name="next"
        label={LABELS.next}
        errors={e.next}
        type="password"
        autoComplete="new-password"
        required
        hint={`อย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร ใช้ภาษาไทย อังกฤษ ตัวเลข หรือเว้นวรรคได้ ประโยคยาว ๆ ที่จำง่ายปลอดภัยกว่ารหัสสั้นที่ซับซ้อน`}
      />
      <TextField
        name="confirm"
        label={LABELS.confirm}
        errors={e.confirm}
        type="password"
        autoComplete="new-password"
        required
      />
      <p className="text-sm text-slate-700">
        เมื่อเปลี่ยนแล้ว ระบบจะออกจากระบบทุกเครื่องที่ใช้บัญชีนี้อยู่ รวมถึงเครื่องนี้ แล้วให้เข้าสู่ระบบด้วยรหัสผ่านใหม่
      </p>
      <SubmitButton pending={pending}>เปลี่ยนรหัสผ่าน</SubmitButton>
    </form>
  );
}

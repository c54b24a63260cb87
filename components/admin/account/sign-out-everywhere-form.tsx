"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { signOutEverywhere } from "@/lib/users/account-actions";
import { FormStatus } from "../forms/form-status";
import { SubmitButton } from "../forms/form-field";

// «ออกจากระบบทุกเครื่อง» for oneself: on success the server sends this browser to the sign-in page,
// which confirms what happened; a refusal is announced here.
export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutEverywhere, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("ออกจากระบบทุกเครื่องที่ใช้บัญชีนี้อยู่ รวมถึงเครื่องนี้ ใช่หรือไม่?")) e.preventDefault();
      }}
      className="space-y-3"
    >
      <FormStatus state={state} labels={{}} />
      <p className="text-slate-700">
        ใช้เมื่อลืมออกจากระบบที่เครื่องอื่น เช่น เครื่องที่ใช้ร่วมกันหรือโทรศัพท์ที่หาย ทุกเครื่องที่เข้าสู่ระบบด้วยบัญชีนี้อยู่ รวมถึงเครื่องนี้ จะต้องเข้าสู่ระบบใหม่
      </p>
      <SubmitButton pending={pending} tone="danger">
        ออกจากระบบทุกเครื่อง
      </SubmitButton>
    </form>
  );
}

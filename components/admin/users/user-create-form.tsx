"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE } from "@/lib/admin/form-state";
import { createUser, type UserFormState } from "@/lib/users/actions";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import { INPUT_CLASS, SubmitButton, TextField } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";
import { OneTimePassword } from "./one-time-password";
import { RoleOptions } from "./role-options";

const LABELS = { name: "ชื่อ-นามสกุล", email: "อีเมล", role: "บทบาท" };

export function UserCreateForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUser, IDLE);
  if (state.ok && state.oneTimePassword && state.userId) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} labels={LABELS} />
        <OneTimePassword password={state.oneTimePassword} who={state.userName ?? ""} />
        <p className="flex flex-wrap gap-4">
          <Link href={`/admin/users/${state.userId}`} className="font-bold text-brand-700 underline">
            ไปที่หน้าผู้ใช้นี้
          </Link>
          <Link href="/admin/users" className="text-brand-700 underline">
            กลับไปรายชื่อผู้ใช้
          </Link>
        </p>
      </div>
    );
  }
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <TextField
        name="name"
        label={LABELS.name}
        required
        maxLength={120}
        defaultValue={v.name ?? ""}
        errors={e.name}
        autoComplete="off"
      />
      <TextField
        name="email"
        label={LABELS.email}
        required
        type="email"
        inputMode="email"
        autoCapitalize="off"
        spellCheck={false}
        autoComplete="off"
        maxLength={200}
        defaultValue={v.email ?? ""}
        errors={e.email}
        hint="ใช้เป็นชื่อสำหรับเข้าสู่ระบบ"
      />
      <div>
        <label htmlFor={fieldDomId("role")} className="block font-bold">
          {LABELS.role}
        </label>
        <select
          id={fieldDomId("role")}
          name="role"
          defaultValue={v.role ?? "AUTHOR"}
          className={INPUT_CLASS}
          {...fieldAria("role", e.role)}
        >
          <RoleOptions />
        </select>
        <FieldError field="role" errors={e.role} />
      </div>
      <p className="text-sm text-slate-700">ระบบจะสร้างรหัสผ่านชั่วคราวให้ และแสดงเพียงครั้งเดียวหลังบันทึก</p>
      <SubmitButton pending={pending}>สร้างบัญชี</SubmitButton>
    </form>
  );
}

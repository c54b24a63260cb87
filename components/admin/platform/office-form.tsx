"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { createOffice } from "@/lib/offices/office-actions";
import { SubmitButton, TextField } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";

// The platform administrator adds an office (lib/offices/office-actions.ts).

const LABELS: Record<string, string> = {
  code: "รหัสสำนักงาน",
  nameTh: "ชื่อสำนักงานภาษาไทย",
  nameEn: "ชื่อสำนักงานภาษาอังกฤษ",
  province: "จังหวัด",
  provinceEn: "จังหวัด (ภาษาอังกฤษ)",
};

export function OfficeForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createOffice, IDLE);
  // After a success the fields start empty again; after a refusal they keep what was typed.
  const v = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label="เพิ่มสำนักงาน" className="space-y-3" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <div key={JSON.stringify(state.values ?? null) + String(state.ok)} className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="code"
          label={LABELS.code!}
          required
          maxLength={30}
          defaultValue={v.code}
          errors={errors.code}
          hint="ตัวอักษรอังกฤษตัวเล็กและตัวเลข เป็นชื่อแรกของเว็บไซต์ เช่น buengkan → buengkan.<โดเมน>"
        />
        <TextField
          name="province"
          label={LABELS.province!}
          required
          maxLength={100}
          defaultValue={v.province}
          errors={errors.province}
        />
        <TextField
          name="nameTh"
          label={LABELS.nameTh!}
          required
          maxLength={200}
          defaultValue={v.nameTh}
          errors={errors.nameTh}
        />
        <TextField
          name="nameEn"
          label={LABELS.nameEn!}
          required
          maxLength={200}
          defaultValue={v.nameEn}
          errors={errors.nameEn}
        />
        <TextField
          name="provinceEn"
          label={LABELS.provinceEn!}
          required
          maxLength={100}
          defaultValue={v.provinceEn}
          errors={errors.provinceEn}
        />
      </div>
      <SubmitButton pending={pending}>เพิ่มสำนักงาน</SubmitButton>
    </form>
  );
}

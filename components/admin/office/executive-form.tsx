"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/admin/form-state";
import type { AdminAssetView } from "@/lib/posts/admin-queries";
import { createExecutive, updateExecutive } from "@/lib/office/executive-actions";
import { AssetPicker } from "../media/asset-picker";
import { FormStatus } from "../forms/form-status";
import { useSavedVersion, useStatusFocus } from "../forms/use-form-answer";
import { SubmitButton, TextField } from "../forms/form-field";

export const EXECUTIVE_LABELS: Record<string, string> = {
  name: "ชื่อ-นามสกุล",
  position: "ตำแหน่ง",
  phone: "โทรศัพท์",
  email: "อีเมล",
  photoId: "รูปภาพ",
};

type Values = Record<"name" | "position" | "phone" | "email", string>;
type Props = { initial: Values; photo: AdminAssetView | null; id?: number; version?: number; maxUploadBytes?: number };

// Add or edit one executive. Fields are uncontrolled and the form is submitted through a
// transition, so what was typed stays after a refused save.
export function ExecutiveForm({ initial, photo, id, version, maxUploadBytes }: Props) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(id ? updateExecutive : createExecutive, {});
  const currentVersion = useSavedVersion(state, String(version ?? ""));
  const statusRef = useStatusFocus(state);
  const errors = state.fieldErrors ?? {};

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }

  const field = (name: keyof Values) => ({
    name,
    label: EXECUTIVE_LABELS[name]!,
    defaultValue: initial[name],
    errors: errors[name],
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      aria-label={id ? "แก้ไขข้อมูลผู้บริหาร" : "เพิ่มผู้บริหาร"}
      className="space-y-5"
    >
      <FormStatus ref={statusRef} state={state} labels={EXECUTIVE_LABELS} />
      {id !== undefined && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={currentVersion} />
        </>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField {...field("name")} required maxLength={200} hint="เช่น นายประเสริฐ ตัวอย่างดี" />
        <TextField {...field("position")} required maxLength={300} />
        <TextField
          {...field("phone")}
          optional
          type="tel"
          inputMode="tel"
          maxLength={100}
          hint="เช่น 053 150 100 ต่อ 101 หรือ 081 234 5678"
        />
        <TextField
          {...field("email")}
          optional
          type="email"
          inputMode="email"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
        />
      </div>
      <AssetPicker
        name="photoId"
        label={EXECUTIVE_LABELS.photoId!}
        hint="ไม่บังคับ ภาพเดียว แนวตั้ง แสดงในหน้าเกี่ยวกับสำนักงาน"
        use="image"
        multiple={false}
        defaultItems={photo ? [photo] : []}
        errors={errors.photoId}
        maxBytes={maxUploadBytes}
      />
      <SubmitButton pending={pending}>{id ? "บันทึกการแก้ไข" : "เพิ่มผู้บริหาร"}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { updateSettings } from "@/lib/settings/actions";
import type { SiteSettingsView } from "@/lib/settings/queries";
import { FormStatus } from "../forms/form-status";
import { SubmitButton, TextAreaField, TextField } from "../forms/form-field";

// The office's contact details and links, shown in every public page's header and footer.

export const SETTINGS_LABELS: Record<keyof SiteSettingsView, string> = {
  officeName: "ชื่อสำนักงาน",
  officeShortName: "ชื่อย่อสำนักงาน",
  province: "จังหวัด",
  address: "ที่อยู่",
  phone: "โทรศัพท์",
  fax: "โทรสาร",
  hotline: "สายด่วน",
  email: "อีเมล",
  facebookUrl: "ลิงก์ Facebook",
  youtubeUrl: "ลิงก์ YouTube",
  lineUrl: "ลิงก์ LINE",
  mapUrl: "ลิงก์แผนที่",
  copyrightStartYear: "ปีเริ่มลิขสิทธิ์ (พ.ศ.)",
};

const PHONE_HINT = "เช่น 053 150 100 หรือ 081 234 5678 หลายหมายเลขคั่นด้วยจุลภาค (,)";
const URL_HINT = "ที่อยู่เว็บเต็มที่ขึ้นต้นด้วย https:// เว้นว่างได้ถ้าไม่มี";

type Props = { initial: SiteSettingsView; version: number };

export function SettingsForm({ initial, version }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSettings, IDLE);
  const v: Record<string, string> = { ...stringsOf(initial), ...state.values };
  const e = state.fieldErrors ?? {};
  const field = (name: keyof SiteSettingsView) => ({
    name,
    label: SETTINGS_LABELS[name],
    defaultValue: v[name] ?? "",
    errors: e[name],
  });

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormStatus state={state} labels={SETTINGS_LABELS} />
      <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-900">สำนักงาน</legend>
        <TextField {...field("officeName")} required maxLength={200} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            {...field("officeShortName")}
            optional
            maxLength={100}
            hint="แสดงบนแถบหัวเว็บ เช่น สำนักงาน กกต. ประจำจังหวัดเชียงราย"
          />
          <TextField {...field("province")} required maxLength={100} />
        </div>
        <TextAreaField {...field("address")} optional rows={2} maxLength={500} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-900">การติดต่อ</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField {...field("phone")} optional type="tel" inputMode="tel" maxLength={100} hint={PHONE_HINT} />
          <TextField {...field("fax")} optional type="tel" inputMode="tel" maxLength={100} />
          <TextField {...field("hotline")} required type="tel" inputMode="tel" maxLength={100} hint="เช่น 1444" />
        </div>
        <TextField
          {...field("email")}
          optional
          type="email"
          inputMode="email"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-900">ลิงก์</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField {...field("facebookUrl")} optional type="url" inputMode="url" maxLength={500} hint={URL_HINT} />
          <TextField {...field("youtubeUrl")} optional type="url" inputMode="url" maxLength={500} />
          <TextField {...field("lineUrl")} optional type="url" inputMode="url" maxLength={500} />
          <TextField {...field("mapUrl")} optional type="url" inputMode="url" maxLength={500} />
        </div>
      </fieldset>
      <TextField
        {...field("copyrightStartYear")}
        required
        inputMode="numeric"
        maxLength={4}
        className="max-w-xs"
        hint="ปีพุทธศักราช 4 หลัก เช่น 2559 แสดงท้ายเว็บเป็น «สงวนลิขสิทธิ์ 2559 - ชื่อสำนักงาน»"
      />
      <SubmitButton pending={pending}>บันทึกการตั้งค่า</SubmitButton>
    </form>
  );
}

function stringsOf(s: SiteSettingsView): Record<string, string> {
  return Object.fromEntries(Object.entries(s).map(([k, val]) => [k, String(val)]));
}

"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { createDisclosure, updateDisclosure } from "@/lib/procurement/actions";
import { fiscalMonths } from "@/lib/procurement/fiscal-year";
import { PROCUREMENT_KINDS } from "@/lib/procurement/kinds";
import type { DisclosureFormValues } from "@/lib/procurement/schema";
import { AssetPicker } from "../media/asset-picker";
import type { PickedAsset } from "../media/asset-item";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import { INPUT_CLASS, SubmitButton, TextAreaField, TextField } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";

// Create and edit a procurement disclosure. After a refused save (bad input, a month that already
// has its สขร.1, someone else saved first) the fields keep what was typed.

export const DISCLOSURE_FIELD_LABELS: Record<string, string> = {
  kind: "ประเภทเอกสาร",
  title: "ชื่อเอกสาร",
  documentDate: "วันที่ของเอกสาร",
  fiscalYear: "ปีงบประมาณ",
  month: "เดือนของแบบ สขร.1",
  amount: "วงเงิน (บาท)",
  description: "รายละเอียด",
  fileId: "ไฟล์เอกสาร",
};

type Props = {
  initial: DisclosureFormValues;
  file: PickedAsset | null;
  id?: number;
  version?: number;
  maxUploadBytes?: number;
};

// Any fiscal year lists the same twelve months; the year shown beside each is the form's.
const MONTHS = fiscalMonths(2569);

export function DisclosureForm({ initial, file, id, version, maxUploadBytes }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(id ? updateDisclosure : createDisclosure, IDLE);
  const typed = state.values;
  const v = typed ? { ...initial, ...typed, published: typed.published === "on" } : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} labels={DISCLOSURE_FIELD_LABELS} />
      {id !== undefined && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={typed?.version ?? String(version ?? "")} />
        </>
      )}
      <div>
        <label htmlFor={fieldDomId("kind")} className="block font-bold">
          ประเภทเอกสาร <span className="font-normal text-rose-800">(จำเป็น)</span>
        </label>
        <select
          id={fieldDomId("kind")}
          name="kind"
          defaultValue={v.kind}
          required
          className={INPUT_CLASS}
          {...fieldAria("kind", errors.kind)}
        >
          {PROCUREMENT_KINDS.map((k) => (
            <option key={k.key} value={k.key}>
              {k.label} — {k.hint}
            </option>
          ))}
        </select>
        <FieldError field="kind" errors={errors.kind} />
      </div>
      <TextField name="title" label="ชื่อเอกสาร" required maxLength={300} defaultValue={v.title} errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="documentDate"
          label="วันที่ของเอกสาร"
          type="date"
          required
          defaultValue={v.documentDate}
          errors={errors.documentDate}
          hint="วันที่ลงในเอกสาร ตามปฏิทินประเทศไทย"
        />
        <TextField
          name="fiscalYear"
          label="ปีงบประมาณ (พ.ศ.)"
          optional
          inputMode="numeric"
          maxLength={4}
          defaultValue={v.fiscalYear}
          errors={errors.fiscalYear}
          hint="เว้นว่างเพื่อคำนวณจากวันที่ของเอกสาร (1 ต.ค. – 30 ก.ย.) เช่น รายงานประจำปีที่ออกหลังสิ้นปีให้ระบุปีที่รายงาน"
        />
      </div>
      <div>
        <label htmlFor={fieldDomId("month")} className="block font-bold">
          เดือนของแบบ สขร.1 <span className="font-normal text-slate-600">(เฉพาะแบบ สขร.1)</span>
        </label>
        <select
          id={fieldDomId("month")}
          name="month"
          defaultValue={v.month}
          className={`${INPUT_CLASS} max-w-xs`}
          {...fieldAria("month", errors.month, "month-hint")}
        >
          <option value="">— ไม่ใช่แบบ สขร.1 —</option>
          {MONTHS.map((m) => (
            <option key={m.month} value={m.month}>
              {m.name}
            </option>
          ))}
        </select>
        <p id="month-hint" className="text-sm text-slate-600">
          เดือนที่สรุปผล ปีงบประมาณละหนึ่งฉบับต่อเดือน (ต.ค. – ธ.ค. เป็นของปีก่อนหน้าตามปฏิทิน)
        </p>
        <FieldError field="month" errors={errors.month} />
      </div>
      <TextField
        name="amount"
        label="วงเงิน (บาท)"
        optional
        inputMode="decimal"
        maxLength={40}
        defaultValue={v.amount}
        errors={errors.amount}
        hint="วงเงินงบประมาณหรือราคากลาง เช่น 1,234,567.50"
        className="max-w-sm"
      />
      <TextAreaField
        name="description"
        label="รายละเอียด"
        optional
        rows={3}
        maxLength={2000}
        defaultValue={v.description}
        errors={errors.description}
      />
      <AssetPicker
        name="fileId"
        label="ไฟล์เอกสาร"
        hint="ไฟล์ PDF หรือเอกสารสำนักงานที่จะให้ประชาชนดาวน์โหลด (จำเป็น)"
        use="attachment"
        multiple={false}
        defaultItems={file ? [file] : []}
        errors={errors.fileId}
        maxBytes={maxUploadBytes}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={v.published} className="size-5" />
        เผยแพร่บนเว็บไซต์ (ไม่เลือก = เก็บไว้โดยไม่แสดงต่อประชาชน)
      </label>
      <SubmitButton pending={pending}>{id ? "บันทึกการแก้ไข" : "เพิ่มเอกสาร"}</SubmitButton>
    </form>
  );
}

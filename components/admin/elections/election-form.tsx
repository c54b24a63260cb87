"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { createElection, updateElection } from "@/lib/elections/actions";
import { ELECTION_KIND_LABELS } from "@/lib/elections/labels";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import { INPUT_CLASS, SubmitButton, TextAreaField, TextField } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";

// Create an election or edit its details (not its counts: those are per contest).

const LABELS: Record<string, string> = {
  kind: "ประเภท",
  title: "ชื่อการเลือกตั้ง",
  slug: "ชื่อในที่อยู่เว็บ",
  pollingDate: "วันเลือกตั้ง",
  description: "คำอธิบาย",
  nationalId: "เป็นส่วนหนึ่งของการเลือกตั้งระดับประเทศ",
};

type Props = {
  initial: Record<string, string>;
  id?: number;
  version?: number;
  /** The central office's published elections a province's election may be part of. */
  nationals: { id: number; title: string }[];
};

export function ElectionForm({ initial, id, version, nationals }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(id ? updateElection : createElection, IDLE);
  const v = state.values ? { ...initial, ...state.values, published: state.values.published ?? "" } : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {id !== undefined && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={state.values?.version ?? String(version ?? "")} />
        </>
      )}
      <div>
        <label htmlFor={fieldDomId("kind")} className="block font-bold">
          ประเภท <span className="font-normal text-rose-800">(จำเป็น)</span>
        </label>
        <select
          id={fieldDomId("kind")}
          name="kind"
          defaultValue={v.kind ?? "MP"}
          className={INPUT_CLASS}
          {...fieldAria("kind", errors.kind)}
        >
          {Object.entries(ELECTION_KIND_LABELS).map(([k, l]) => (
            <option key={k} value={k}>
              {l.short} — {l.full}
            </option>
          ))}
        </select>
        <FieldError field="kind" errors={errors.kind} />
      </div>
      <TextField
        name="title"
        label="ชื่อการเลือกตั้ง"
        required
        maxLength={300}
        defaultValue={v.title}
        errors={errors.title}
      />
      <TextField
        name="pollingDate"
        label="วันเลือกตั้ง"
        type="date"
        required
        defaultValue={v.pollingDate}
        errors={errors.pollingDate}
        hint="วันตามปฏิทินประเทศไทย (ปี ค.ศ. ในช่องเลือกวันที่ของเบราว์เซอร์)"
        className="max-w-xs"
      />
      <TextField
        name="slug"
        label="ชื่อในที่อยู่เว็บ"
        optional
        maxLength={100}
        defaultValue={v.slug}
        errors={errors.slug}
        hint="ภาษาอังกฤษตัวเล็ก ตัวเลข และขีด เช่น by-election-2568 (ที่อยู่หลักของหน้าใช้เลขที่ของการเลือกตั้ง)"
      />
      <TextAreaField
        name="description"
        label="คำอธิบาย"
        optional
        rows={3}
        maxLength={2000}
        defaultValue={v.description}
        errors={errors.description}
      />
      {nationals.length > 0 && (
        <div>
          <label htmlFor={fieldDomId("nationalId")} className="block font-bold">
            เป็นส่วนหนึ่งของการเลือกตั้งระดับประเทศ <span className="font-normal text-slate-600">(ถ้ามี)</span>
          </label>
          <select
            id={fieldDomId("nationalId")}
            name="nationalId"
            defaultValue={v.nationalId ?? ""}
            className={INPUT_CLASS}
            {...fieldAria("nationalId", errors.nationalId)}
          >
            <option value="">— ไม่ใช่ (การเลือกตั้งของจังหวัดเท่านั้น) —</option>
            {nationals.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </select>
          <p className="mt-1 text-sm text-slate-600">
            เมื่อเลือกไว้ ผลของจังหวัดจะรวมอยู่ในภาพรวมทั้งประเทศบนเว็บไซต์สำนักงาน กกต. ส่วนกลาง
          </p>
          <FieldError field="nationalId" errors={errors.nationalId} />
        </div>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={v.published === "on"} className="size-5" />
        แสดงผลการเลือกตั้งนี้บนเว็บไซต์
      </label>
      <SubmitButton pending={pending}>{id ? "บันทึกข้อมูลการเลือกตั้ง" : "เพิ่มการเลือกตั้ง"}</SubmitButton>
    </form>
  );
}

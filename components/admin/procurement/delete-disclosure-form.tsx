"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { deleteDisclosure } from "@/lib/procurement/actions";
import { FieldError } from "../forms/field-error";
import { SubmitButton } from "../forms/form-field";

// Deleting needs a ticked confirmation (checked again by the server), and the server refuses if
// the disclosure changed since this page was opened. Unpublishing instead keeps the record.
export function DeleteDisclosureForm({ id, version, title }: { id: number; version: number; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteDisclosure, IDLE);
  const errors = state.fieldErrors?.confirm;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p>หากต้องการเพียงซ่อนจากเว็บไซต์ ให้ยกเลิกเครื่องหมาย «เผยแพร่บนเว็บไซต์» ในแบบฟอร์มด้านบนแทน</p>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          required
          className="mt-1 size-5"
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "confirm-error" : undefined}
        />
        <span>ยืนยันว่าต้องการลบ «{title}» การลบย้อนกลับไม่ได้ (ไฟล์ยังคงอยู่ในคลังไฟล์)</span>
      </label>
      <FieldError field="confirm" errors={errors} />
      <div aria-live="polite">
        {state.message && (
          <p className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-1 ring-rose-300">{state.message}</p>
        )}
      </div>
      <SubmitButton pending={pending} tone="danger">
        ลบเอกสารนี้
      </SubmitButton>
    </form>
  );
}

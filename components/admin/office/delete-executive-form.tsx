"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { deleteExecutive } from "@/lib/office/executive-actions";
import { SubmitButton } from "../form-field";

// Deleting asks once in the browser, and the server refuses if the row changed meanwhile.
export function DeleteExecutiveForm({ id, version, name }: { id: number; version: number; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteExecutive, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`ลบ «${name}» ออกจากรายชื่อผู้บริหารใช่หรือไม่? การลบย้อนกลับไม่ได้`)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div aria-live="polite">
        {state.message && <p className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-1 ring-rose-300">{state.message}</p>}
      </div>
      <SubmitButton pending={pending} tone="danger">ลบผู้บริหารรายนี้</SubmitButton>
    </form>
  );
}

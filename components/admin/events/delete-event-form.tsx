"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { deleteEvent } from "@/lib/calendar/actions";
import { SubmitButton } from "../form-field";

// Deleting asks once in the browser, and the server refuses if the event changed meanwhile.
export function DeleteEventForm({ id, version, title }: { id: number; version: number; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteEvent, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`ลบกิจกรรม «${title}» ใช่หรือไม่? การลบย้อนกลับไม่ได้`)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div aria-live="polite">
        {state.message && <p className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-1 ring-rose-300">{state.message}</p>}
      </div>
      <SubmitButton pending={pending} tone="danger">ลบกิจกรรมนี้</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { SubmitButton } from "./form-field";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  id: number;
  version: number;
  /** The question asked once in the browser before the row goes. */
  confirm: string;
  label: string;
};

// Deleting a row asks once in the browser, and the server refuses if the row changed meanwhile.
export function DeleteRowForm({ action: deleteAction, id, version, confirm, label }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAction, IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div aria-live="polite">
        {state.message && (
          <p className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-1 ring-rose-300">{state.message}</p>
        )}
      </div>
      <SubmitButton pending={pending} tone="danger">
        {label}
      </SubmitButton>
    </form>
  );
}

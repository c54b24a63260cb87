"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { moveExecutive } from "@/lib/office/executive-actions";

type Props = { id: number; version: number; name: string; first: boolean; last: boolean };

// Up/down buttons of one row of the executives list; the page re-renders in the new order.
export function MoveExecutiveButtons({ id, version, name, first, last }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(moveExecutive, IDLE);
  const button =
    "rounded-md px-2 py-1 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-40";
  return (
    <form action={action} className="flex items-center gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        name="direction"
        value="up"
        disabled={first || pending}
        className={button}
        aria-label={`เลื่อน ${name} ขึ้น`}
      >
        ↑
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        disabled={last || pending}
        className={button}
        aria-label={`เลื่อน ${name} ลง`}
      >
        ↓
      </button>
      <span aria-live="polite" className="text-sm">
        {state.ok === false && <span className="text-rose-800">{state.message}</span>}
      </span>
    </form>
  );
}

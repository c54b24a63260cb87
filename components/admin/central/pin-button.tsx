"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { setCentralPin } from "@/lib/posts/actions/central-pins";
import { ActionMessage } from "../forms/action-message";

/** Pin a central office post to this office's listing of its section, or take the pin away. */
export function PinButton({ postId, title, pinned }: { postId: number; title: string; pinned: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setCentralPin, IDLE);
  const label = pinned ? "เลิกปักหมุด" : "ปักหมุด";
  return (
    <form action={action}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="pin" value={pinned ? "0" : "1"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${title}`}
        className={`rounded-md px-3 py-1.5 font-bold ${pinned ? "text-rose-800 ring-1 ring-rose-300 hover:bg-rose-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}
      >
        {label}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

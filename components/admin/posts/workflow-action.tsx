"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useId, type FormEvent } from "react";
import type { PostAction, PostActionState } from "@/lib/posts/actions/state";
import { POST_FIELD_LABELS } from "./field-labels";
import { FormStatus } from "../forms/form-status";
import { useHydrated } from "../forms/use-hydrated";

type Props = {
  action: PostAction;
  postId: number;
  version: number;
  label: string;
  tone?: "primary" | "plain" | "danger";
  disabled?: boolean;
  /** Where to go after success (e.g. the list after a delete); otherwise the page refreshes. */
  after?: string;
  /** Success is announced by the panel: this form may vanish once the status changes. */
  onDone: (message: string) => void;
  /** Prefix of the extra fields' ids, for the error summary's links. */
  idPrefix?: string;
  /** Extra fields (a note, a date); they receive their errors through render props. */
  fields?: (errors: PostActionState["fieldErrors"]) => React.ReactNode;
};

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  plain: "bg-white text-brand-900 ring-1 ring-brand-700 hover:bg-brand-50",
  danger: "bg-rose-700 text-white hover:bg-rose-800",
};

/** One workflow step (submit, publish, withdraw …) as its own small form. */
export function WorkflowAction({
  action,
  postId,
  version,
  label,
  tone = "plain",
  disabled,
  after,
  onDone,
  fields,
  idPrefix,
}: Props) {
  const [state, dispatch, pending] = useActionState(action, {} as PostActionState);
  const router = useRouter();
  const formId = useId();
  const hydrated = useHydrated();

  useEffect(() => {
    if (!state.ok) return;
    onDone(state.message ?? "เรียบร้อยแล้ว");
    if (after) router.push(after);
    else router.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- act once per answer; the callbacks and router are not a reason to
  }, [state]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="id" value={postId} />
      <input type="hidden" name="version" value={version} />
      {fields?.(state.fieldErrors)}
      <button
        type="submit"
        disabled={disabled || pending || !hydrated}
        className={`w-full rounded-md px-4 py-2.5 font-bold disabled:cursor-not-allowed disabled:opacity-50 ${TONES[tone]}`}
      >
        {pending ? "กำลังดำเนินการ…" : label}
      </button>
      <FormStatus state={state.ok ? {} : state} labels={POST_FIELD_LABELS} idPrefix={idPrefix} />
    </form>
  );
}

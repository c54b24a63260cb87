"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { restoreRevision } from "@/lib/posts/actions/revisions";
import type { PostActionState } from "@/lib/posts/actions/state";
import { useHydrated } from "../forms/use-hydrated";

// Restoring never touches the published text: the revision becomes the working copy (the
// pending draft of a live post), to be reviewed and published like any other change.
export function RestoreRevisionButton({
  postId,
  version,
  revisionId,
  label,
}: {
  postId: number;
  version: number;
  revisionId: number;
  label: string;
}) {
  const [state, dispatch, pending] = useActionState(restoreRevision, {} as PostActionState);
  const router = useRouter();
  const hydrated = useHydrated();

  useEffect(() => {
    if (state.ok) router.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refresh once per answer; the router object is not a reason to
  }, [state]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form method="post" onSubmit={onSubmit}>
      <input type="hidden" name="id" value={postId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button
        type="submit"
        disabled={pending || !hydrated}
        aria-label={`กู้คืนเป็นฉบับร่าง: ${label}`}
        className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-bold text-brand-800 ring-1 ring-brand-600 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "กำลังกู้คืน…" : "กู้คืนเป็นฉบับร่าง"}
      </button>
      <p
        aria-live="polite"
        className={`mt-1 text-sm font-bold empty:hidden ${state.ok ? "text-emerald-800" : "text-rose-800"}`}
      >
        {state.message ?? ""}
      </p>
    </form>
  );
}

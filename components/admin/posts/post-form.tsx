"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { savePost } from "@/lib/posts/actions/save";
import type { PostActionState } from "@/lib/posts/actions/state";
import { useEditSession } from "./edit-session";
import { PostFormBody, type PostFormProps } from "./post-form-body";

/**
 * The editor form. It keeps what is typed across its own saves, but when the post moves on
 * without it (a workflow step, a discarded draft, someone else's save picked up by a refresh)
 * the fields start again from the server's values: the hidden version and the text must always
 * describe the same post. Steps are only offered while nothing is unsaved, so starting again
 * never throws work away; a refused save refreshes nothing and the typed text stays.
 */
export function PostForm(props: PostFormProps) {
  const { values } = props;
  const [state, dispatch, pending] = useActionState(savePost, {} as PostActionState);
  const [version, setVersion] = useState(values.version);
  const [saves, setSaves] = useState(0);
  const [known, setKnown] = useState(values.version);
  const [formKey, setFormKey] = useState(values.version);
  const [answer, setAnswer] = useState(state);
  const { setDirty } = useEditSession();
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);

  // A newer version from the server. Our own save may arrive in the same render as its answer
  // (an action that refreshes the public pages also refreshes this page), so compare with it.
  if (values.version !== known) {
    setKnown(values.version);
    setVersion(values.version);
    if (!(state.ok && state.version === values.version)) setFormKey(values.version);
  }
  // A new answer from our own save: the version moves on and the minor/major choice starts fresh.
  // Adjusted while rendering (after the check above, as the effect used to run after it), so the
  // hidden version is never one render behind.
  if (answer !== state) {
    setAnswer(state);
    if (state.ok) {
      setSaves((n) => n + 1);
      if (state.version) setVersion(state.version);
    }
  }

  // What lies outside this component: the unsaved-work flag, the address and the page around the
  // form, and the focus.
  useEffect(() => {
    if (state.ok) {
      setDirty(false);
      if (values.id === null && state.postId) router.replace(`/admin/posts/${state.postId}?saved=1`);
      // The status, workflow buttons and history beside the form change with the save.
      else router.refresh();
    } else if (state.ok === false) {
      statusRef.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new answer should trigger this, not a re-render with the same one
  }, [state]);

  return (
    <PostFormBody
      key={formKey}
      {...props}
      state={state}
      pending={pending}
      version={version}
      saves={saves}
      statusRef={statusRef}
      submit={(data) => startTransition(() => dispatch(data))}
    />
  );
}

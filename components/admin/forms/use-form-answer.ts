import { useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/admin/form-state";

/**
 * The version a form's next save is based on. Only our own successful save moves it on (the
 * action echoes the new one in `values.version`): a refused or conflicting save keeps the version
 * the typed text was based on, so a conflict stays a conflict until the editor reloads. Adjusted
 * while rendering when a new answer arrives (React's "adjust state when a prop changes"), not in
 * an effect, so the hidden field is never one render behind.
 */
export function useSavedVersion(state: FormState, initial: string): string {
  const [answer, setAnswer] = useState(state);
  const [version, setVersion] = useState(initial);
  if (answer !== state) {
    setAnswer(state);
    if (state.ok && state.values?.version) setVersion(state.values.version);
  }
  return version;
}

/** The status region, focused after every answer so a screen reader (and the eye) lands on it. */
export function useStatusFocus(state: FormState) {
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok !== undefined) statusRef.current?.focus();
  }, [state]);
  return statusRef;
}

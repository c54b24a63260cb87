"use client";

import { createContext, useContext, useEffect, useState } from "react";

// Shared by the editor form and the workflow buttons beside it: while the form holds unsaved
// changes, "submit for review" or "publish" would act on the last saved text, so they wait.
type EditSession = { dirty: boolean; setDirty: (dirty: boolean) => void };

const Context = createContext<EditSession>({ dirty: false, setDirty: () => {} });

export function EditSessionProvider({ children }: { children: React.ReactNode }) {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) return;
    // The browser shows its own (localised) "leave page?" prompt.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return <Context.Provider value={{ dirty, setDirty }}>{children}</Context.Provider>;
}

export function useEditSession(): EditSession {
  return useContext(Context);
}

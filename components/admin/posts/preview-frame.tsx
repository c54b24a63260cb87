"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

// The preview must look exactly like the public page, header to footer, so it is shown full
// screen above the staff layout in a modal <dialog>: the staff navigation behind it becomes
// inert for keyboard and screen-reader users too. Escape goes back to the editor.
export function PreviewFrame({ backHref, children }: { backHref: string; children: React.ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // Rendered open (visible before hydration); reopen as modal to make the rest inert.
    d.close();
    d.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      router.push(backHref);
    };
    d.addEventListener("cancel", onCancel);
    return () => d.removeEventListener("cancel", onCancel);
  }, [backHref, router]);

  return (
    <dialog
      ref={dialog}
      open
      aria-label="ตัวอย่างหน้าเว็บ"
      className="fixed inset-0 z-50 m-0 h-full max-h-none w-full max-w-none overflow-y-auto bg-slate-50 p-0 text-slate-900 backdrop:bg-slate-50"
    >
      {children}
    </dialog>
  );
}

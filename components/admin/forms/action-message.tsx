import type { FormState } from "@/lib/admin/form-state";

/** The live answer of a small one-button form (no fields to list): green when done, red when refused. */
export function ActionMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.message && (
        <p
          className={`mt-2 rounded-md p-3 font-bold ring-1 ${state.ok ? "bg-emerald-50 text-emerald-900 ring-emerald-300" : "bg-rose-50 text-rose-900 ring-rose-300"}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}

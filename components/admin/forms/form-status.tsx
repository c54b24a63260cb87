"use client";

import { forwardRef } from "react";
import { fieldDomId } from "./field-error";

// The form's one live region and error summary (the GOV.UK pattern): it exists from the first
// render, because screen readers only announce changes to a region they already know, and after
// a refused save it lists each problem as a link to its field.
export type FormStatusState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<string, string[] | undefined>>;
  conflict?: boolean;
};

type Props = {
  state: FormStatusState;
  labels: Partial<Record<string, string>>;
  idPrefix?: string;
  children?: React.ReactNode;
};

export const FormStatus = forwardRef<HTMLDivElement, Props>(function FormStatus(
  { state, labels, idPrefix = "", children },
  ref,
) {
  const errors = Object.entries(state.fieldErrors ?? {}).filter((e): e is [string, string[]] => !!e[1]?.length);
  const failed = state.ok === false || errors.length > 0;
  const text = state.message ?? (errors.length > 0 ? `มีข้อมูลที่ต้องแก้ไข ${errors.length} รายการ` : "");
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" aria-atomic="true" className="focus:outline-none">
      {text && (
        <div
          className={`rounded-md p-3 ring-1 ${
            failed ? "bg-rose-50 text-rose-900 ring-rose-300" : "bg-emerald-50 text-emerald-900 ring-emerald-300"
          }`}
        >
          <p className="font-bold">{text}</p>
          {errors.length > 0 && (
            <ul className="mt-1 list-disc pl-6">
              {errors.map(([field, messages]) => (
                <li key={field}>
                  <a href={`#${fieldDomId(idPrefix + field)}`} className="underline">
                    {labels[field] ?? field}: {messages[0]}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      )}
    </div>
  );
});

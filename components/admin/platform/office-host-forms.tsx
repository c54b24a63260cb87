"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { addOfficeHost, removeOfficeHost } from "@/lib/offices/host-actions";
import { ActionMessage as Message } from "../forms/action-message";
import { INPUT_CLASS, SubmitButton } from "../forms/form-field";

// The platform administrator's two forms for host names: add one to an office, remove one.

export function AddHostForm({ offices }: { offices: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addOfficeHost, IDLE);
  const error = state.fieldErrors?.host?.[0];
  return (
    <form action={action} aria-label="เพิ่มชื่อเว็บไซต์" className="space-y-3">
      {/* Remounted with each answer: React resets a form after its action, and a select goes back
          to the option it was first rendered with, not to what the answer echoes. */}
      <div key={JSON.stringify(state.values ?? null)} className="space-y-3">
        <div>
          <label htmlFor="host-office" className="block font-bold">
            สำนักงาน
          </label>
          <select
            id="host-office"
            name="office"
            defaultValue={state.values?.office ?? offices[0]?.code}
            className={`${INPUT_CLASS} max-w-xl`}
          >
            {offices.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="host-name" className="block font-bold">
            ชื่อเว็บไซต์
          </label>
          <input
            id="host-name"
            name="host"
            defaultValue={state.values?.host ?? ""}
            placeholder="www.example.go.th"
            inputMode="url"
            aria-invalid={error ? true : undefined}
            aria-describedby="host-hint"
            className={`${INPUT_CLASS} max-w-xl`}
          />
          <p id="host-hint" className="text-sm text-slate-600">
            ชื่อเต็มโดยไม่มี http:// และไม่มีเลขพอร์ต ชี้ DNS ของชื่อนี้มาที่เครื่องให้บริการก่อน
          </p>
        </div>
      </div>
      <SubmitButton pending={pending}>เพิ่มชื่อเว็บไซต์</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function RemoveHostForm({ host }: { host: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(removeOfficeHost, IDLE);
  return (
    <form
      action={action}
      className="inline"
      onSubmit={(e) => {
        if (!window.confirm(`ลบชื่อ ${host} ใช่หรือไม่? ผู้ที่เปิดชื่อนี้จะพบรายชื่อสำนักงานแทน`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="host" value={host} />
      <button
        type="submit"
        disabled={pending}
        className="rounded px-2 py-1 text-rose-800 underline hover:bg-rose-50"
        aria-label={`ลบชื่อ ${host}`}
      >
        ลบ
      </button>
      <Message state={state} />
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import { MAX_CSV_BYTES, TOO_LARGE } from "@/lib/elections/csv";
import { runImport } from "@/lib/elections/import-actions";
import { IMPORT_IDLE, type ImportState } from "@/lib/elections/import-state";
import { INPUT_CLASS } from "../forms/form-field";
import { ImportErrors, ImportPreview } from "./import-report";

// Step 1: choose or paste a CSV and check it (nothing is written). Step 2: the preview, and a
// confirmation that sends the same text back; the server checks it all again.

export function ImportForm({ electionId }: { electionId: number }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(runImport, IMPORT_IDLE);
  const changes = state.plan?.contests.filter((c) => c.kind !== "same").length ?? 0;
  const applied = state.ok && !state.plan;
  const [tooLarge, setTooLarge] = useState(false);
  // Refused here rather than sent: the server would read it only to refuse it (and over the
  // request limit, server/body-limit.ts, it answers 413 before any action runs). The file and
  // the pasted text are both sent, whichever is used, so both count.
  const checkSize = (e: React.FormEvent<HTMLFormElement>) => {
    const fd = new FormData(e.currentTarget);
    const file = fd.get("file");
    const pasted = fd.get("csv");
    const over =
      (file instanceof File && file.size > MAX_CSV_BYTES) ||
      new Blob([typeof pasted === "string" ? pasted : ""]).size > MAX_CSV_BYTES;
    setTooLarge(over);
    if (over) e.preventDefault();
  };
  return (
    <div className="space-y-6">
      <div aria-live="polite" aria-atomic="true" data-testid="import-status">
        {tooLarge && (
          <p className="rounded-md bg-rose-50 p-3 font-bold text-rose-900 ring-1 ring-rose-300">{TOO_LARGE}</p>
        )}
        {!tooLarge && state.message && (
          <p
            className={`rounded-md p-3 font-bold ring-1 ${state.ok ? "bg-emerald-50 text-emerald-900 ring-emerald-300" : "bg-rose-50 text-rose-900 ring-rose-300"}`}
          >
            {state.plan
              ? `ตัวอย่างการนำเข้า${state.fileName ? ` (${state.fileName})` : ""}: ${state.message}`
              : state.message}
          </p>
        )}
      </div>

      <form action={action} onSubmit={checkSize} className="space-y-4 rounded-md bg-white p-5 ring-1 ring-slate-200">
        <input type="hidden" name="electionId" value={electionId} />
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="import-file" className="block font-bold">
            ไฟล์ CSV
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block"
            aria-describedby="import-file-hint"
          />
          <p id="import-file-hint" className="text-sm text-slate-600">
            UTF-8 (ใน Excel เลือก “CSV UTF-8”) ขนาดไม่เกิน {MAX_CSV_BYTES / 1024} KB หนึ่งแถวต่อผู้สมัคร ข้อมูลของเขตซ้ำทุกแถว{" "}
            <a href="/samples/election-2566-counting.csv" download className="text-brand-700 underline">
              ดาวน์โหลดไฟล์ตัวอย่าง
            </a>
          </p>
        </div>
        <div>
          <label htmlFor="import-text" className="block font-bold">
            หรือวางข้อมูล CSV
          </label>
          <textarea
            id="import-text"
            name="csv"
            rows={5}
            defaultValue={state.conflict ? state.csv : undefined}
            className={`${INPUT_CLASS} font-mono text-sm`}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "กำลังตรวจสอบ…" : "ตรวจสอบไฟล์"}
        </button>
      </form>

      {state.errors && state.errors.length > 0 && <ImportErrors errors={state.errors} />}
      {state.plan && (
        <section aria-labelledby="preview-title" className="space-y-4">
          <h2 id="preview-title" className="text-xl font-bold">
            ตัวอย่างก่อนนำเข้า
          </h2>
          <ImportPreview plan={state.plan} />
          <form action={action} className="rounded-md bg-white p-4 ring-1 ring-slate-200">
            <input type="hidden" name="electionId" value={electionId} />
            <input type="hidden" name="intent" value="apply" />
            <input type="hidden" name="csv" value={state.csv ?? ""} />
            <input type="hidden" name="seen" value={state.seen ?? ""} />
            {changes > 0 ? (
              <button
                type="submit"
                disabled={pending}
                className="rounded-md bg-emerald-700 px-5 py-2 font-bold text-white hover:bg-emerald-800 disabled:opacity-60"
              >
                {pending ? "กำลังนำเข้า…" : `ยืนยันนำเข้า (${changes} เขต)`}
              </button>
            ) : (
              <p>ข้อมูลในไฟล์ตรงกับที่บันทึกไว้แล้ว ไม่มีอะไรต้องนำเข้า</p>
            )}
          </form>
        </section>
      )}
      {applied && (
        <p>
          <a href={`/admin/elections/${electionId}`} className="font-bold text-brand-700 underline">
            ดูรายการเขตของการเลือกตั้งนี้
          </a>
        </p>
      )}
    </div>
  );
}

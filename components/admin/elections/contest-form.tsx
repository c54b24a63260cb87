"use client";

import { useActionState, useState } from "react";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { saveContest } from "@/lib/elections/actions";
import { CONTEST_STATUS_LABELS } from "@/lib/elections/labels";
import { FIGURE_FIELDS, FIGURE_LABELS } from "@/lib/elections/validate";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import { INPUT_CLASS, SubmitButton, TextField } from "../forms/form-field";
import { FormStatus } from "../forms/form-status";
import { CandidateRows } from "./candidate-rows";

// Count entry for one contest: figures, status and every candidate's votes. A refused save keeps
// what was typed, lists each broken rule in Thai and marks its fields; a save that lost to
// someone else's says so (the version hidden field is the one this form was opened at).

const rowsOf = (values: Record<string, string>) =>
  [
    ...new Set(
      Object.keys(values)
        .map((k) => /^cand\.(\d+)\./.exec(k)?.[1])
        .filter((r) => r !== undefined),
    ),
  ]
    .map(Number)
    .sort((a, b) => a - b);

type Props = { initial: Record<string, string>; id?: number; version?: number; electionId?: number };

export function ContestForm({ initial, id, version, electionId }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveContest, IDLE);
  const v = state.values ?? initial;
  const [seen, setSeen] = useState(state);
  const [rows, setRows] = useState(() => rowsOf(v));
  // A new answer from the server: the rows are the ones that were sent.
  if (seen !== state) {
    setSeen(state);
    setRows(rowsOf(v));
  }
  const { rules, marked, ...errors } = state.fieldErrors ?? {};
  // Fields that take part in a broken rule explained under another field: marked invalid only.
  const invalid = (field: string) => !!errors[field]?.length || !!marked?.includes(field);
  const labels: Record<string, string> = { ...FIGURE_LABELS, position: "ตำแหน่ง", area: "เขต", status: "สถานะ" };
  for (const r of rows)
    Object.assign(labels, {
      [`cand.${r}.number`]: "หมายเลข",
      [`cand.${r}.name`]: "ชื่อผู้สมัคร",
      [`cand.${r}.party`]: "พรรค",
      [`cand.${r}.votes`]: "คะแนน",
    });
  const addRow = () => setRows((r) => [...r, (r.length ? Math.max(...r) : -1) + 1]);

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormStatus state={{ ...state, fieldErrors: rules ? {} : errors }} labels={labels}>
        {rules && rules.length > 0 && (
          <ul className="mt-1 list-disc pl-6" data-testid="failed-rules">
            {rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </FormStatus>
      {id !== undefined && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={state.values?.version ?? String(version ?? "")} />
        </>
      )}
      {electionId !== undefined && <input type="hidden" name="electionId" value={electionId} />}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="position"
          label="ตำแหน่ง"
          required
          defaultValue={v.position}
          errors={errors.position}
          hint="เช่น ส.ส. แบบแบ่งเขต"
        />
        <TextField
          name="area"
          label="เขต"
          required
          defaultValue={v.area}
          errors={errors.area}
          hint="เช่น เขต 1 หรือ ทั้งจังหวัด"
        />
      </div>

      <fieldset className="rounded-md p-4 ring-1 ring-slate-300">
        <legend className="px-1 font-bold">ตัวเลขของเขต</legend>
        <p className="mb-3 text-sm text-slate-600">
          พิมพ์ตัวเลขได้ทั้งแบบมีจุลภาค (12,345) และไม่มี ระบบตรวจว่า บัตรดี + บัตรเสีย + ไม่ประสงค์ลงคะแนน = ผู้มาใช้สิทธิ ≤ ผู้มีสิทธิ
          คะแนนผู้สมัครรวมกัน = บัตรดี และหน่วยที่นับแล้ว ≤ หน่วยทั้งหมด
        </p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {FIGURE_FIELDS.map((f) => (
            <TextField
              key={f}
              name={f}
              label={FIGURE_LABELS[f]}
              inputMode="numeric"
              defaultValue={v[f]}
              errors={errors[f]}
              aria-invalid={invalid(f) || undefined}
              className="[&_input]:text-right"
            />
          ))}
          <div>
            <label htmlFor={fieldDomId("status")} className="block font-bold">
              สถานะ
            </label>
            <select
              id={fieldDomId("status")}
              name="status"
              defaultValue={v.status ?? "NOT_STARTED"}
              className={INPUT_CLASS}
              {...fieldAria("status", errors.status)}
            >
              {Object.entries(CONTEST_STATUS_LABELS).map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
            <FieldError field="status" errors={errors.status} />
          </div>
        </div>
      </fieldset>

      <fieldset className="rounded-md p-4 ring-1 ring-slate-300">
        <legend className="px-1 font-bold">ผู้สมัครและคะแนน</legend>
        <CandidateRows
          rows={rows}
          values={v}
          errors={errors}
          invalid={invalid}
          onRemove={(row) => setRows((r) => r.filter((x) => x !== row))}
        />
        <button
          type="button"
          onClick={addRow}
          className="mt-3 rounded-md px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
        >
          + เพิ่มผู้สมัคร
        </button>
      </fieldset>

      <SubmitButton pending={pending}>{id ? "บันทึกผลคะแนน" : "เพิ่มเขต"}</SubmitButton>
    </form>
  );
}

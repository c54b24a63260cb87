"use client";

import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";

// The candidates' rows of the contest form: ballot number, name, party, sample mark, votes.
// Inputs are uncontrolled; their names (cand.<row>.<field>) carry the row to the server.

const CELL_INPUT = "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 aria-[invalid=true]:border-rose-700";

type Props = {
  rows: number[];
  values: Record<string, string>;
  errors: Partial<Record<string, string[]>>;
  invalid: (field: string) => boolean;
  onRemove: (row: number) => void;
};

export function CandidateRows({ rows, values, errors, invalid, onRemove }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left">
        <caption className="sr-only">ผู้สมัครและคะแนน</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="w-20 p-2">
              หมายเลข
            </th>
            <th scope="col" className="p-2">
              ชื่อผู้สมัคร
            </th>
            <th scope="col" className="p-2">
              พรรค
            </th>
            <th scope="col" className="w-24 p-2">
              ชื่อตัวอย่าง
            </th>
            <th scope="col" className="w-36 p-2">
              คะแนน
            </th>
            <th scope="col" className="w-20 p-2">
              <span className="sr-only">ลบแถว</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const f = (name: string) => `cand.${row}.${name}`;
            const label = `ผู้สมัครแถวที่ ${i + 1}`;
            return (
              <tr key={row} className="border-t border-slate-200 align-top">
                {(["number", "name", "party"] as const).map((name) => (
                  <td key={name} className="p-2">
                    <input
                      id={fieldDomId(f(name))}
                      name={f(name)}
                      defaultValue={values[f(name)] ?? ""}
                      aria-label={`${label}: ${{ number: "หมายเลข", name: "ชื่อผู้สมัคร", party: "พรรค" }[name]}`}
                      inputMode={name === "number" ? "numeric" : undefined}
                      className={CELL_INPUT}
                      {...fieldAria(f(name), errors[f(name)])}
                    />
                    <FieldError field={f(name)} errors={errors[f(name)]} />
                  </td>
                ))}
                <td className="p-2 text-center">
                  <input
                    type="checkbox"
                    name={f("sample")}
                    defaultChecked={values[f("sample")] === "on"}
                    aria-label={`${label}: เป็นชื่อตัวอย่าง`}
                    className="mt-2 size-5"
                  />
                </td>
                <td className="p-2">
                  <input
                    id={fieldDomId(f("votes"))}
                    name={f("votes")}
                    defaultValue={values[f("votes")] ?? ""}
                    inputMode="numeric"
                    aria-label={`${label}: คะแนน`}
                    className={`${CELL_INPUT} text-right`}
                    {...fieldAria(f("votes"), errors[f("votes")])}
                    aria-invalid={invalid(f("votes")) || undefined}
                  />
                  <FieldError field={f("votes")} errors={errors[f("votes")]} />
                </td>
                <td className="p-2">
                  <button
                    type="button"
                    onClick={() => onRemove(row)}
                    className="rounded-md px-2 py-1.5 text-sm text-rose-800 ring-1 ring-rose-300 hover:bg-rose-50"
                  >
                    ลบ<span className="sr-only"> {label}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

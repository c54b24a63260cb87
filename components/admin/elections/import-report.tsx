import type { CsvError } from "@/lib/elections/csv";
import type { ImportPlan } from "@/lib/elections/preview";

// The import page's two tables: the file's errors line by line, or what the import would change.

export function ImportErrors({ errors }: { errors: CsvError[] }) {
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-rose-300">
      <table className="w-full text-left" data-testid="import-errors">
        <caption className="p-3 text-left font-bold text-rose-900">
          ข้อผิดพลาดในไฟล์ ({errors.length} รายการ) — ยังไม่มีการเปลี่ยนแปลงใด ๆ
        </caption>
        <thead className="bg-rose-50 text-sm">
          <tr>
            <th scope="col" className="w-20 p-2">
              บรรทัด
            </th>
            <th scope="col" className="w-40 p-2">
              คอลัมน์
            </th>
            <th scope="col" className="p-2">
              ปัญหา
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i} className="border-t border-rose-100 align-top">
              <td className="p-2">{e.line || "—"}</td>
              <td className="p-2">{e.column ?? "—"}</td>
              <td className="p-2">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const KIND: Record<string, { label: string; tone: string }> = {
  create: { label: "เพิ่มเขตใหม่", tone: "bg-sky-50 text-sky-900 ring-sky-300" },
  update: { label: "แก้ไข", tone: "bg-amber-50 text-amber-900 ring-amber-300" },
  same: { label: "ไม่เปลี่ยน", tone: "bg-slate-100 text-slate-700 ring-slate-300" },
};

export function ImportPreview({ plan }: { plan: ImportPlan }) {
  return (
    <div className="space-y-3" data-testid="import-preview">
      {plan.contests.map((c) => (
        <section
          key={`${c.position}|${c.area}`}
          className="rounded-md bg-white p-4 ring-1 ring-slate-200"
          aria-label={`${c.position} ${c.area}`}
        >
          <h3 className="font-bold">
            {c.position} {c.area}{" "}
            <span className={`ml-2 inline-block rounded px-2 py-0.5 text-sm ring-1 ${KIND[c.kind]!.tone}`}>
              {KIND[c.kind]!.label}
            </span>
          </h3>
          {c.changes.length > 0 && (
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  การเปลี่ยนแปลงของ{c.position} {c.area}
                </caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="p-2">
                      รายการ
                    </th>
                    <th scope="col" className="p-2">
                      เดิม
                    </th>
                    <th scope="col" className="p-2">
                      ใหม่
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.changes.map((ch) => (
                    <tr key={ch.label} className="border-t border-slate-100 align-top">
                      <th scope="row" className="p-2 font-normal">
                        {ch.label}
                      </th>
                      <td className="p-2 text-slate-600">{ch.before}</td>
                      <td className="p-2 font-bold">{ch.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      {plan.untouched.length > 0 && (
        <p className="text-sm text-slate-700">
          เขตที่ไม่มีในไฟล์และจะคงเดิม: {plan.untouched.map((u) => `${u.position} ${u.area}`).join(", ")}
        </p>
      )}
    </div>
  );
}

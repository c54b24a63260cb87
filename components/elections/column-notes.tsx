import { RESULT_COLUMNS } from "@/lib/elections/export";

/** What each column of the CSV (and key of the JSON) means. */
export function ColumnNotes() {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-brand-700 underline">คำอธิบายคอลัมน์ของไฟล์</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">คอลัมน์ของไฟล์ CSV และชื่อข้อมูลใน JSON</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">คอลัมน์ CSV</th>
              <th scope="col" className="py-1 pr-2">ชื่อใน JSON</th>
              <th scope="col" className="py-1">ความหมาย</th>
            </tr>
          </thead>
          <tbody>
            {RESULT_COLUMNS.map((c) => (
              <tr key={c.key} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{c.head}</th>
                <td className="py-1 pr-2 font-mono text-xs">{c.key}</td>
                <td className="py-1">{c.about}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

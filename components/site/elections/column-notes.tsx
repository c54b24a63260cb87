import { RESULT_COLUMNS } from "@/lib/elections/export";

type Column = { key: string; head: string; about: string };

/** What each column of the CSV (and key of the JSON) means. */
export function ColumnNotes({ columns = RESULT_COLUMNS }: { columns?: readonly Column[] }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-brand-700 underline">คำอธิบายคอลัมน์ของไฟล์</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="res-table">
          <caption className="sr-only">คอลัมน์ของไฟล์ CSV และชื่อข้อมูลใน JSON</caption>
          <thead>
            <tr>
              <th scope="col">คอลัมน์ CSV</th>
              <th scope="col">ชื่อใน JSON</th>
              <th scope="col">ความหมาย</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.head}</th>
                <td className="font-mono text-xs">{c.key}</td>
                <td>{c.about}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

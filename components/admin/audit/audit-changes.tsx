import type { Prisma } from "@/lib/generated/prisma/client";
import { auditChanges } from "@/lib/audit/labels";

// Before/after of one entry, field by field. Values are printed as text by React: whatever a
// field held (including markup someone typed) is shown, never interpreted.
export function AuditChanges({ before, after }: { before: Prisma.JsonValue | null; after: Prisma.JsonValue | null }) {
  const rows = auditChanges(before, after);
  if (rows.length === 0) return <span className="text-slate-500">—</span>;
  const onlyAfter = rows.every((r) => r.before === "—");
  const onlyBefore = rows.every((r) => r.after === "—");
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="pr-3 font-normal">
            ข้อมูล
          </th>
          {!onlyAfter && (
            <th scope="col" className="pr-3 font-normal">
              ก่อน
            </th>
          )}
          {!onlyBefore && (
            <th scope="col" className="font-normal">
              {onlyAfter ? "ค่า" : "หลัง"}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field} className="align-top">
            <th scope="row" className="whitespace-nowrap pr-3 text-left font-bold">
              {r.label}
            </th>
            {!onlyAfter && <td className="break-words pr-3 text-rose-900 [overflow-wrap:anywhere]">{r.before}</td>}
            {!onlyBefore && <td className="break-words text-emerald-900 [overflow-wrap:anywhere]">{r.after}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import { actionLabel, entityHref, entityLabel } from "@/lib/audit/labels";
import type { AuditRow } from "@/lib/audit/queries";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";
import { AuditChanges } from "./audit-changes";

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0)
    return <p className="rounded-md bg-white p-4 ring-1 ring-slate-200">ไม่พบรายการตามเงื่อนไขที่เลือก</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">ประวัติการใช้งาน ใหม่สุดอยู่บน</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              เมื่อ
            </th>
            <th scope="col" className="p-3">
              ผู้ทำ
            </th>
            <th scope="col" className="p-3">
              การกระทำ
            </th>
            <th scope="col" className="p-3">
              รายการ
            </th>
            <th scope="col" className="p-3">
              ก่อน / หลัง
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const href = entityHref(r.entity, r.entityId);
            const what = `${entityLabel(r.entity)}${r.entityId && r.entity !== "settings" ? ` #${r.entityId}` : ""}`;
            return (
              <tr key={r.id} className="border-t border-slate-200 align-top" data-testid="audit-row">
                <td className="whitespace-nowrap p-3">
                  <time dateTime={toBangkokIso(r.at)}>{formatThaiDateTime(r.at)}</time>
                </td>
                <td className="p-3">{r.userName ?? <span className="text-slate-500">ระบบ</span>}</td>
                <td className="p-3 font-bold">{actionLabel(r.action)}</td>
                <td className="whitespace-nowrap p-3">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {what}
                    </Link>
                  ) : (
                    what
                  )}
                </td>
                <td className="min-w-72 p-3">
                  <AuditChanges before={r.before} after={r.after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

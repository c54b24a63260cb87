import Link from "next/link";
import { actionLabel, entityLabel } from "@/lib/audit/labels";
import { INPUT_CLASS } from "../forms/form-field";

// A plain GET form: filters live in the address, so a filtered view can be bookmarked or shared
// with another admin, and it works without JavaScript.

export type AuditFilterValues = { entity: string; action: string; userId: string; from: string; to: string };

type Options = { entities: string[]; actions: string[]; users: { id: number; name: string }[] };

export function AuditFilter({ values, options }: { values: AuditFilterValues; options: Options }) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-4 grid gap-3 rounded-md bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div>
        <label htmlFor="audit-entity" className="block font-bold">
          ประเภท
        </label>
        <select id="audit-entity" name="entity" defaultValue={values.entity} className={INPUT_CLASS}>
          <option value="">ทั้งหมด</option>
          {options.entities.map((e) => (
            <option key={e} value={e}>
              {entityLabel(e)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="block font-bold">
          การกระทำ
        </label>
        <select id="audit-action" name="action" defaultValue={values.action} className={INPUT_CLASS}>
          <option value="">ทั้งหมด</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-user" className="block font-bold">
          ผู้ทำ
        </label>
        <select id="audit-user" name="userId" defaultValue={values.userId} className={INPUT_CLASS}>
          <option value="">ทุกคน</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block font-bold">
          ตั้งแต่วันที่
        </label>
        <input id="audit-from" type="date" name="from" defaultValue={values.from} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block font-bold">
          ถึงวันที่
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={values.to} className={INPUT_CLASS} />
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          กรอง
        </button>
        <Link href="/admin/audit" className="py-2 text-brand-700 underline">
          ล้าง
        </Link>
      </div>
    </form>
  );
}

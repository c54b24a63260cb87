import type { FieldDiff } from "@/lib/posts/revisions";
import { DiffText } from "./diff-text";
import { POST_FIELD_LABELS } from "./field-labels";

// The differences between two revisions, field by field, in form order.
export function RevisionDiff({ title, diffs }: { title: string; diffs: FieldDiff[] }) {
  return (
    <section aria-labelledby="diff-title" className="mt-6 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="diff-title" className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        <ins className="bg-emerald-100 px-1 underline decoration-emerald-700">ข้อความที่เพิ่ม</ins> ขีดเส้นใต้บนพื้นสีเขียว ·{" "}
        <del className="bg-rose-100 px-1 line-through">ข้อความที่ลบ</del> ขีดฆ่าบนพื้นสีแดง
      </p>
      {diffs.length === 0 ? (
        <p className="mt-4 font-bold">สองฉบับนี้เหมือนกันทุกช่อง</p>
      ) : (
        <dl className="mt-4 space-y-4">
          {diffs.map((d) => (
            <div key={d.field} className="border-t border-slate-200 pt-3">
              <dt className="font-bold text-brand-900">{POST_FIELD_LABELS[d.field] ?? d.field}</dt>
              <dd className="mt-1">
                {d.formatOnly ? (
                  <p className="text-slate-700">ถ้อยคำเหมือนเดิม เปลี่ยนเฉพาะการจัดรูปแบบ (เช่น ตัวหนา ลิงก์ หัวข้อ)</p>
                ) : (
                  <DiffText parts={d.parts} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

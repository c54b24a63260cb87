import { errorId, fieldAria, fieldDomId, FieldError } from "../forms/field-error";

type Errors = Partial<Record<string, string[]>>;

// Editing a live post: every published change is minor (typo, no public note) or major (the
// public page shows "last updated" with this note). `idPrefix` keeps ids unique when the
// publish step beside the editor asks the same question.
export function ChangeTypeFields({
  errors,
  idPrefix = "",
  legend,
}: {
  errors: Errors;
  idPrefix?: string;
  legend?: string;
}) {
  const type = `${idPrefix}changeType`;
  const note = `${idPrefix}changeNote`;
  return (
    <fieldset
      id={fieldDomId(type)}
      aria-describedby={errors.changeType?.length ? errorId(type) : undefined}
      className="rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <legend className="px-1 font-bold">{legend ?? "เรื่องนี้เผยแพร่อยู่แล้ว: การแก้ไขครั้งนี้เป็นแบบใด"}</legend>
      <div className="mt-1 space-y-2">
        <label className="flex items-start gap-2">
          <input type="radio" name="changeType" value="minor" defaultChecked className="mt-1.5 size-5 shrink-0" />
          <span>
            <strong>แก้ไขเล็กน้อย</strong>
            <span className="block text-sm text-slate-700">เช่น คำผิด การจัดรูปแบบ ผู้อ่านจะไม่เห็นบันทึกการแก้ไข</span>
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="changeType" value="major" className="mt-1.5 size-5 shrink-0" />
          <span>
            <strong>แก้ไขสำคัญ</strong>
            <span className="block text-sm text-slate-700">
              เนื้อหาเปลี่ยน หน้าเว็บจะแสดง «ปรับปรุงล่าสุด» พร้อมบันทึกการแก้ไขด้านล่าง
            </span>
          </span>
        </label>
      </div>
      <FieldError field={type} errors={errors.changeType} />
      <label htmlFor={fieldDomId(note)} className="mt-3 block font-bold">
        บันทึกการแก้ไข <span className="font-normal text-slate-700">(จำเป็นเมื่อแก้ไขสำคัญ แสดงต่อผู้อ่าน)</span>
      </label>
      <textarea
        id={fieldDomId(note)}
        name="changeNote"
        rows={2}
        maxLength={500}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        {...fieldAria(note, errors.changeNote)}
      />
      <FieldError field={note} errors={errors.changeNote} />
      <label className="mt-3 flex items-start gap-2">
        <input type="checkbox" name="notifySubscribers" className="mt-1.5 size-5 shrink-0" />
        <span>
          <strong>ส่งอีเมลแจ้งผู้รับข่าว</strong>
          <span className="block text-sm text-slate-700">
            เฉพาะการแก้ไขสำคัญที่ผู้อ่านควรรู้ เช่น เปลี่ยนวันหรือสถานที่ อีเมลจะมีบันทึกการแก้ไขนี้
          </span>
        </span>
      </label>
    </fieldset>
  );
}

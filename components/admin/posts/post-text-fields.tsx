import { SECTIONS } from "@/lib/posts/sections";
import type { PostFormValues } from "./post-form-values";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";

type Errors = Partial<Record<string, string[]>>;

const INPUT = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-rose-700";

// Title, section, address and summary: plain inputs, uncontrolled, so a refused save leaves
// exactly what was typed on screen.
export function PostTextFields({ values, errors }: { values: PostFormValues; errors: Errors }) {
  return (
    <>
      <div>
        <label htmlFor={fieldDomId("title")} className="block font-bold">
          หัวข้อ <span className="font-normal text-rose-800">(จำเป็น)</span>
        </label>
        <input
          id={fieldDomId("title")}
          name="title"
          defaultValue={values.title}
          required
          maxLength={300}
          className={`${INPUT} text-lg`}
          {...fieldAria("title", errors.title)}
        />
        <FieldError field="title" errors={errors.title} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={fieldDomId("section")} className="block font-bold">
            หมวด
          </label>
          <select
            id={fieldDomId("section")}
            name="section"
            defaultValue={values.section}
            className={INPUT}
            {...fieldAria("section", errors.section)}
          >
            {SECTIONS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
          <FieldError field="section" errors={errors.section} />
        </div>
        <div>
          <label htmlFor={fieldDomId("slug")} className="block font-bold">
            ชื่อในที่อยู่เว็บ <span className="font-normal text-slate-600">(ไม่บังคับ)</span>
          </label>
          <input
            id={fieldDomId("slug")}
            name="slug"
            defaultValue={values.slug}
            inputMode="url"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={120}
            className={`${INPUT} font-mono`}
            {...fieldAria("slug", errors.slug, "slug-hint")}
          />
          <p id="slug-hint" className="text-sm text-slate-600">
            อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น <span className="font-mono">mou-2565</span> ที่อยู่เดิมจะพาไปหน้าใหม่เสมอ
          </p>
          <FieldError field="slug" errors={errors.slug} />
        </div>
      </div>
      <div>
        <label htmlFor={fieldDomId("summary")} className="block font-bold">
          สรุปย่อ <span className="font-normal text-slate-600">(แสดงในรายการข่าว)</span>
        </label>
        <textarea
          id={fieldDomId("summary")}
          name="summary"
          defaultValue={values.summary}
          rows={3}
          maxLength={1000}
          className={INPUT}
          {...fieldAria("summary", errors.summary)}
        />
        <FieldError field="summary" errors={errors.summary} />
      </div>
    </>
  );
}

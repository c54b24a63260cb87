import type { PostActionState } from "@/lib/posts/actions/state";
import { LIMITS } from "@/lib/posts/schema";
import { RichTextEditor } from "../editor/rich-text-editor";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";
import type { PostFormValues } from "./post-form-values";

type Props = {
  values: Pick<PostFormValues, "titleEn" | "summaryEn" | "bodyEn">;
  errors: NonNullable<PostActionState["fieldErrors"]>;
  onChange(): void;
};

const INPUT = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-rose-700";
const HINT_ID = "english-hint";

// The optional English translation of the same post, folded away until someone writes one. Its
// inputs say lang="en" (spell-checking, screen readers); the screen around them stays Thai.
export function PostEnglishFields({ values, errors, onChange }: Props) {
  const written = Boolean(values.titleEn || values.summaryEn || values.bodyEn);
  // A refused save must show the field it points at, so an English error opens the part too.
  const refused = Boolean(errors.titleEn?.length || errors.summaryEn?.length || errors.bodyEn?.length);
  return (
    <details open={written || refused} className="rounded-md border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer text-lg font-bold text-brand-800">ฉบับภาษาอังกฤษ (ไม่บังคับ)</summary>
      <div className="mt-3 space-y-4">
        <p id={HINT_ID} className="text-sm text-slate-600">
          เว้นว่างได้ หน้าภาษาอังกฤษจะแสดงชื่อเรื่องภาษาไทยพร้อมหมายเหตุว่าเป็นภาษาไทย ถ้าใส่สรุปหรือเนื้อหาภาษาอังกฤษ
          ต้องมีชื่อเรื่องภาษาอังกฤษด้วย
        </p>
        <div>
          <label htmlFor={fieldDomId("titleEn")} className="block font-bold">
            ชื่อเรื่อง (อังกฤษ)
          </label>
          <input
            id={fieldDomId("titleEn")}
            name="titleEn"
            lang="en"
            defaultValue={values.titleEn}
            maxLength={LIMITS.title}
            className={INPUT}
            {...fieldAria("titleEn", errors.titleEn, HINT_ID)}
          />
          <FieldError field="titleEn" errors={errors.titleEn} />
        </div>
        <div>
          <label htmlFor={fieldDomId("summaryEn")} className="block font-bold">
            สรุป (อังกฤษ)
          </label>
          <textarea
            id={fieldDomId("summaryEn")}
            name="summaryEn"
            lang="en"
            defaultValue={values.summaryEn}
            rows={3}
            maxLength={LIMITS.summary}
            className={INPUT}
            {...fieldAria("summaryEn", errors.summaryEn)}
          />
          <FieldError field="summaryEn" errors={errors.summaryEn} />
        </div>
        <RichTextEditor
          name="bodyEn"
          label="เนื้อหา (อังกฤษ)"
          lang="en"
          defaultValue={values.bodyEn}
          errors={errors.bodyEn}
          onChange={onChange}
        />
      </div>
    </details>
  );
}

import { MODE_LABEL } from "@/lib/alerts/messages";
import type { Section } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "@/lib/posts/sections";

// The two questions of the subscribe and manage forms: which sections, and when.

export function SectionChoices({ checked, className = "" }: { checked: readonly Section[]; className?: string }) {
  return (
    <fieldset className={className}>
      <legend className="font-bold">หมวดข่าวที่ต้องการ</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <label key={s.key} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="section"
              value={s.key}
              defaultChecked={checked.includes(s.key)}
              className="size-5 shrink-0"
            />
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ModeChoices({ checked }: { checked: "IMMEDIATE" | "DAILY" }) {
  return (
    <fieldset className="mt-2">
      <legend className="font-bold">รับข่าวเมื่อใด</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {(["IMMEDIATE", "DAILY"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name="mode" value={mode} defaultChecked={checked === mode} className="size-5" />
            {MODE_LABEL[mode]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

"use client";

import { useId, useState } from "react";
import { fieldAria, fieldDomId, FieldError } from "../forms/field-error";

// Tags as removable chips; the server receives them comma-separated in one hidden "tags" field.
type Props = { defaultTags: string[]; errors?: string[]; onChange?: () => void };

export function TagInput({ defaultTags, errors, onChange }: Props) {
  const [tags, setTagState] = useState(defaultTags);
  const setTags = (next: string[]) => {
    setTagState(next);
    onChange?.();
  };
  const [text, setText] = useState("");
  const hintId = useId();
  const inputId = fieldDomId("tags");

  function add(raw: string) {
    const tag = raw.replace(/,/g, " ").replace(/\s+/g, " ").trim();
    if (tag && !tags.includes(tag)) setTags([...tags, tag]);
    setText("");
  }

  return (
    <div>
      <label htmlFor={inputId} className="block font-bold">
        แท็ก
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        พิมพ์แล้วกด Enter หรือเครื่องหมายจุลภาค (,) เพื่อเพิ่มแท็ก
      </p>
      {tags.length > 0 && (
        <ul aria-label="แท็กที่เลือก" className="mt-2 flex flex-wrap gap-2">
          {tags.map((t) => (
            <li
              key={t}
              className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-brand-800 ring-1 ring-brand-100"
            >
              {t}
              <button
                type="button"
                onClick={() => setTags(tags.filter((x) => x !== t))}
                aria-label={`ลบแท็ก ${t}`}
                className="grid size-7 place-items-center rounded-full hover:bg-brand-100"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex gap-2">
        <input
          id={inputId}
          value={text}
          onChange={(e) => (e.target.value.endsWith(",") ? add(e.target.value) : setText(e.target.value))}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add(text);
            } else if (e.key === "Backspace" && !text && tags.length) {
              setTags(tags.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && add(text)}
          maxLength={50}
          className="w-full rounded-md border border-slate-400 px-3 py-2"
          {...fieldAria("tags", errors, hintId)}
        />
        <button
          type="button"
          onClick={() => add(text)}
          className="shrink-0 rounded-md px-3 py-2 ring-1 ring-slate-400 hover:bg-slate-100"
        >
          เพิ่มแท็ก
        </button>
      </div>
      <input type="hidden" name="tags" value={tags.join(",")} />
      <FieldError field="tags" errors={errors} />
    </div>
  );
}

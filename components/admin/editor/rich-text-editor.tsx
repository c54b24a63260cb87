"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useState } from "react";
import { errorId, fieldDomId, FieldError } from "../forms/field-error";
import { RichTextToolbar } from "./rich-text-toolbar";

type Props = {
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  /** The language of the text typed (the English translation's body says "en"). */
  lang?: string;
  onChange?: () => void;
};

// Tiptap's document becomes HTML in a hidden input, so the editor posts like any other field.
// The server sanitises that HTML with an allowlist; the editor only offers what survives it.
export function RichTextEditor({ name, label, defaultValue, errors, hint, lang, onChange }: Props) {
  const [html, setHtml] = useState(defaultValue);
  const labelId = useId();
  const hintId = useId();
  const editorId = fieldDomId(name);
  const describedBy = [hint ? hintId : null, errors?.length ? errorId(name) : null].filter(Boolean).join(" ");

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], defaultProtocol: "https" },
      }),
    ],
    content: defaultValue,
    // Server-rendered page: create the editor after hydration.
    immediatelyRender: false,
    editorProps: { attributes: attributes(editorId, labelId, describedBy, !!errors?.length, lang) },
    onUpdate: ({ editor: e }) => {
      setHtml(e.isEmpty ? "" : e.getHTML());
      onChange?.();
    },
  });
  // New error state after a submission: update the attributes in place. Recreating the editor
  // would throw away what the user typed.
  const invalid = !!errors?.length;
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: attributes(editorId, labelId, describedBy, invalid, lang) } });
  }, [editor, editorId, labelId, describedBy, invalid, lang]);

  return (
    <div>
      <span id={labelId} className="block font-bold">
        {label}
      </span>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div
        className={`mt-1 rounded-md border bg-white focus-within:outline-3 focus-within:outline-gold-500 ${
          errors?.length ? "border-rose-700" : "border-slate-400"
        }`}
      >
        <RichTextToolbar editor={editor} controls={editorId} />
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          // Before hydration: the saved text, so the page never looks empty.
          <div
            lang={lang}
            className="prose-th min-h-64 px-4 py-3 text-lg text-slate-500"
            dangerouslySetInnerHTML={{ __html: defaultValue }}
          />
        )}
      </div>
      <input type="hidden" name={name} value={html} />
      <FieldError field={name} errors={errors} />
    </div>
  );
}

function attributes(
  id: string,
  labelId: string,
  describedBy: string,
  invalid: boolean,
  lang?: string,
): Record<string, string> {
  return {
    id,
    ...(lang ? { lang } : {}),
    role: "textbox",
    "aria-multiline": "true",
    "aria-labelledby": labelId,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(invalid ? { "aria-invalid": "true" } : {}),
    class: "prose-th min-h-64 px-4 py-3 text-lg focus:outline-none",
  };
}

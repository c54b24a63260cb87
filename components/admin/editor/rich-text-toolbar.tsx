"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent } from "react";

type Tool = { key: string; label: string; icon: string; run: (e: Editor) => void; active?: (e: Editor) => boolean };

const TOOLS: Tool[] = [
  {
    key: "bold",
    label: "ตัวหนา",
    icon: "B",
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive("bold"),
  },
  {
    key: "italic",
    label: "ตัวเอียง",
    icon: "I",
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive("italic"),
  },
  {
    key: "underline",
    label: "ขีดเส้นใต้",
    icon: "U",
    run: (e) => e.chain().focus().toggleUnderline().run(),
    active: (e) => e.isActive("underline"),
  },
  {
    key: "h2",
    label: "หัวข้อ",
    icon: "H2",
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    key: "h3",
    label: "หัวข้อย่อย",
    icon: "H3",
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive("heading", { level: 3 }),
  },
  {
    key: "ul",
    label: "รายการแบบจุด",
    icon: "•",
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    key: "ol",
    label: "รายการแบบตัวเลข",
    icon: "1.",
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    key: "quote",
    label: "ข้อความอ้างอิง",
    icon: "❝",
    run: (e) => e.chain().focus().toggleBlockquote().run(),
    active: (e) => e.isActive("blockquote"),
  },
  { key: "link", label: "ลิงก์", icon: "ลิงก์", run: editLink, active: (e) => e.isActive("link") },
  { key: "undo", label: "เลิกทำ", icon: "↶", run: (e) => e.chain().focus().undo().run() },
  { key: "redo", label: "ทำซ้ำ", icon: "↷", run: (e) => e.chain().focus().redo().run() },
];

function editLink(e: Editor) {
  const current = (e.getAttributes("link").href as string | undefined) ?? "";
  const url = window.prompt("ที่อยู่ลิงก์ (เว้นว่างเพื่อเอาลิงก์ออก)", current || "https://");
  if (url === null) return;
  const chain = e.chain().focus().extendMarkRange("link");
  if (url.trim() === "" || url.trim() === "https://") chain.unsetLink().run();
  else chain.setLink({ href: url.trim() }).run();
}

// One tab stop for the whole toolbar; arrow keys, Home and End move between buttons (the
// WAI-ARIA toolbar pattern), so keyboard users are not made to tab through eleven buttons.
export function RichTextToolbar({ editor, controls }: { editor: Editor | null; controls: string }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? TOOLS.map((t) => t.active?.(e) ?? null) : TOOLS.map(() => null)),
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = TOOLS.length - 1;
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: last };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next < 0 ? last : next > last ? 0 : next;
    setFocusIndex(wrapped);
    buttons.current[wrapped]?.focus();
  }

  return (
    <div
      role="toolbar"
      aria-label="จัดรูปแบบข้อความ"
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 border-b border-slate-300 bg-slate-50 p-1"
    >
      {TOOLS.map((tool, i) => {
        const pressed = active?.[i];
        return (
          <button
            key={tool.key}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === focusIndex ? 0 : -1}
            disabled={!editor}
            onClick={() => editor && tool.run(editor)}
            onFocus={() => setFocusIndex(i)}
            aria-pressed={pressed === null || pressed === undefined ? undefined : pressed}
            title={tool.label}
            className={`min-h-10 min-w-10 rounded px-2 font-bold ring-1 disabled:opacity-50 ${
              pressed
                ? "bg-brand-700 text-white ring-brand-700"
                : "bg-white text-slate-900 ring-slate-300 hover:bg-brand-50"
            }`}
          >
            {/* The name is the Thai word; the symbol is only what sighted people see. */}
            <span aria-hidden="true">{tool.icon}</span>
            <span className="sr-only">{tool.label}</span>
          </button>
        );
      })}
    </div>
  );
}

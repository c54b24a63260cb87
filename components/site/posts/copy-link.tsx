"use client";

import { useState } from "react";

// "คัดลอกลิงก์": without JavaScript (or without clipboard access) it is simply the permanent
// address as a link, to open or long-press and copy; with it, a click copies and says so.
export function CopyLink({ url, label, done }: { url: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <a
        href={url}
        className="rounded-md border border-brand-700 px-3 py-1 text-brand-800 underline-offset-4 hover:underline"
        onClick={async (e) => {
          if (!navigator.clipboard) return;
          e.preventDefault();
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            window.location.assign(url);
          }
        }}
      >
        {label}
      </a>
      <span role="status" className="text-sm text-emerald-800">
        {copied ? done : ""}
      </span>
    </>
  );
}

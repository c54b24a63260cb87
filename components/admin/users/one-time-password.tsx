"use client";

import { useState } from "react";

// A generated password, shown once: it is not stored in clear anywhere, so leaving this page
// loses it (an admin can then set a new one).
export function OneTimePassword({ password, who }: { password: string; who: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md bg-amber-50 p-4 ring-2 ring-amber-400" data-testid="one-time-password">
      <p className="font-bold text-amber-950">รหัสผ่านชั่วคราวของ {who}</p>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <code
          className="select-all rounded bg-white px-3 py-1 font-mono text-xl tracking-wider ring-1 ring-amber-300"
          aria-label="รหัสผ่านชั่วคราว"
        >
          {password}
        </code>
        <button
          type="button"
          className="rounded-md px-3 py-1 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-white"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(password);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          คัดลอก
        </button>
        <span aria-live="polite" className="text-sm text-emerald-800">
          {copied ? "คัดลอกแล้ว" : ""}
        </span>
      </p>
      <p className="mt-2 text-sm text-amber-950">
        รหัสนี้จะแสดงเพียงครั้งเดียว โปรดส่งให้เจ้าของบัญชีทางช่องทางที่ปลอดภัย (ไม่ส่งพร้อมอีเมลผู้ใช้ในข้อความเดียวกัน) ถ้าทำหาย
        ให้ตั้งรหัสผ่านใหม่จากหน้าผู้ใช้ เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้เจ้าของบัญชีเปลี่ยนเป็นรหัสผ่านของตนเองก่อนใช้งาน
      </p>
    </div>
  );
}

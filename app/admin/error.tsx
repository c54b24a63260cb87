"use client";

import Link from "next/link";

// Staff see a calm Thai message and a reference code to report, never the error or its stack.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 text-center">
      <div role="alert">
        <h1 className="text-2xl font-bold text-brand-900">ขออภัย ระบบขัดข้อง</h1>
        <p className="mt-2">กรุณาลองอีกครั้ง หากยังพบปัญหา โปรดแจ้งผู้ดูแลระบบพร้อมรหัสอ้างอิงด้านล่าง</p>
        {error.digest && <p className="mt-2 text-sm text-slate-600">รหัสอ้างอิง: {error.digest}</p>}
      </div>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          ลองอีกครั้ง
        </button>
        <Link href="/admin" className="rounded-md border border-brand-700 px-4 py-2 font-bold text-brand-700">
          กลับไปแดชบอร์ด
        </Link>
      </div>
    </main>
  );
}

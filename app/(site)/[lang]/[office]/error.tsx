"use client";

// Never shows the error itself: readers get a calm Thai message and a way on.
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="py-12 text-center">
      <h1 className="text-2xl font-bold">ขออภัย ระบบขัดข้องชั่วคราว</h1>
      <p className="mt-2">กรุณาลองใหม่อีกครั้งในอีกสักครู่ หรือติดต่อสายด่วน กกต. 1444</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-bold text-white">
        ลองอีกครั้ง
      </button>
    </div>
  );
}

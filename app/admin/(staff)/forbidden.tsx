import Link from "next/link";

// Rendered with a 403 status when a staff page's own role check (lib/admin/page-guard.ts) refuses:
// the page's data is never loaded.
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl py-8 text-center">
      <h1 className="text-2xl font-bold text-brand-900">ไม่มีสิทธิ์เข้าถึงหน้านี้</h1>
      <p className="mt-2">หน้านี้สำหรับผู้มีบทบาทที่สูงกว่าของคุณ หากจำเป็นต้องใช้ โปรดติดต่อผู้ดูแลระบบ</p>
      <p className="mt-6">
        <Link href="/admin" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          กลับไปแดชบอร์ด
        </Link>
      </p>
    </div>
  );
}

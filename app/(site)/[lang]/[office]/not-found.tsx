import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">ไม่พบหน้าที่ต้องการ</h1>
      <p className="mt-2 text-slate-700">ที่อยู่นี้อาจพิมพ์ไม่ถูกต้อง หรือหน้านี้ถูกย้ายแล้ว</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-4">
        <li>
          <Link href="/" className="text-brand-700 underline">
            กลับหน้าแรก
          </Link>
        </li>
        <li>
          <Link href="/news/announcements" className="text-brand-700 underline">
            ข่าวประกาศ
          </Link>
        </li>
        <li>
          <Link href="/calendar" className="text-brand-700 underline">
            ปฏิทินกิจกรรม
          </Link>
        </li>
      </ul>
    </div>
  );
}

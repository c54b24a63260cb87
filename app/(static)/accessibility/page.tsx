import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "การเข้าถึงเว็บไซต์", alternates: { canonical: "/accessibility" } };

export default function AccessibilityPage() {
  return (
    <article className="prose-th rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="mb-4 text-2xl font-bold text-brand-900">การเข้าถึงเว็บไซต์</h1>
      <p>เว็บไซต์นี้ออกแบบให้ทุกคนอ่านได้ ทั้งบนโทรศัพท์มือถือ คอมพิวเตอร์ และโปรแกรมอ่านหน้าจอ โดยยึดแนวทาง WCAG 2.1 ระดับ AA</p>
      <ul>
        <li>ทุกหน้าอ่านได้แม้ปิด JavaScript</li>
        <li>ใช้งานได้ด้วยแป้นพิมพ์ กดปุ่ม Tab ครั้งแรกเพื่อข้ามไปยังเนื้อหาหลัก</li>
        <li>วันที่แสดงเป็นปีพุทธศักราชตามเวลาประเทศไทย</li>
        <li>ปฏิทินกิจกรรมมีรายการกิจกรรมแบบข้อความใต้ตารางทุกเดือน</li>
      </ul>
      <p>หากพบปัญหาในการใช้งาน โปรดแจ้งสำนักงานผ่านช่องทางที่ระบุท้ายหน้าแรก หรือสายด่วน กกต. 1444</p>
      <p>
        <Link href="/">กลับหน้าแรก</Link>
      </p>
    </article>
  );
}

import type { Metadata } from "next";
import { AlertStatsView } from "@/components/admin/alerts/alert-stats";
import { requirePageRole } from "@/lib/admin/page-guard";
import { alertsEnabled } from "@/lib/alerts/mailer";
import { alertStats } from "@/lib/alerts/staff";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "ผู้รับข่าวทางอีเมล" };

// Subscriber counts for editors and admins; the export of the addresses for admins only.
export default async function AlertsAdminPage() {
  const user = await requirePageRole("EDITOR");
  const stats = await alertStats();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ผู้รับข่าวทางอีเมล</h1>
      {!alertsEnabled() && (
        <p className="mt-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-300">
          เว็บไซต์นี้ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (SMTP_URL) หน้าเว็บจึงยังไม่แสดงแบบฟอร์มรับข่าว
        </p>
      )}
      <div className="mt-4">
        <AlertStatsView stats={stats} />
      </div>
      {hasRole(user, "ADMIN") && (
        <form action="/api/admin/alerts/export" method="post" className="mt-6">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
            ส่งออกรายชื่อผู้รับข่าว (CSV)
          </button>
          <p className="mt-1 text-sm text-slate-700">
            ใช้ตามวัตถุประสงค์ที่ผู้รับข่าวยินยอมเท่านั้น ระบบบันทึกการส่งออกทุกครั้งไว้ในบันทึกการใช้งาน
          </p>
        </form>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { PasswordForm } from "@/components/admin/account/password-form";
import { SignOutEverywhereForm } from "@/components/admin/account/sign-out-everywhere-form";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/admin/page-guard";

export const metadata: Metadata = { title: "บัญชีของฉัน" };

// The signed-in person's own account. It is also the change-password page that every other staff
// page sends a person to while their password is still a generated one.
export default async function AccountPage() {
  const user = await requirePageRole("AUTHOR", { passwordChangePage: true });
  const section = "max-w-xl rounded-md bg-white p-5 ring-1 ring-slate-200";
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">บัญชีของฉัน</h1>
      <p className="mb-4 text-slate-700">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      {user.mustChangePassword && (
        <div role="status" className="mb-4 max-w-xl rounded-md bg-amber-50 p-4 text-amber-950 ring-2 ring-amber-400">
          <p className="font-bold">โปรดตั้งรหัสผ่านของคุณเองก่อนเริ่มใช้งาน</p>
          <p className="mt-1">
            คุณเข้าสู่ระบบด้วยรหัสผ่านชั่วคราวที่ระบบสร้างให้ ระบบจะเปิดส่วนอื่นของระบบจัดการเว็บไซต์ให้หลังจากเปลี่ยนรหัสผ่านแล้ว
            และจะให้เข้าสู่ระบบอีกครั้งด้วยรหัสผ่านใหม่
          </p>
        </div>
      )}
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="mb-3 text-lg font-bold text-brand-900">
          เปลี่ยนรหัสผ่าน
        </h2>
        <PasswordForm />
      </section>
      {!user.mustChangePassword && (
        <section aria-labelledby="sessions-heading" className={`${section} mt-6`}>
          <h2 id="sessions-heading" className="mb-3 text-lg font-bold text-brand-900">
            ออกจากระบบทุกเครื่อง
          </h2>
          <SignOutEverywhereForm />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { PasswordForm } from "@/components/admin/account/password-form";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/admin/page-guard";

export const metadata: Metadata = { title: "บัญชีของฉัน" };

export default async function AccountPage() {
  const user = await requirePageRole("AUTHOR");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">บัญชีของฉัน</h1>
      <p className="mb-4 text-slate-700">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <section aria-labelledby="password-heading" className="max-w-xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <h2 id="password-heading" className="mb-3 text-lg font-bold text-brand-900">
          เปลี่ยนรหัสผ่าน
        </h2>
        <PasswordForm />
      </section>
    </>
  );
}

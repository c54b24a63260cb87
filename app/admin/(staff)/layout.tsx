import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuthError, hasRole, ROLE_LABELS, type SessionUser } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "ระบบจัดการเว็บไซต์", template: "%s | ระบบจัดการเว็บไซต์" },
  robots: { index: false, follow: false },
};

// Every staff page sits inside this layout: signed-out visitors go to the sign-in page. Pages and
// actions still check the role themselves (a layout does not re-run on every navigation).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  let user: SessionUser;
  try {
    user = await requireUser();
  } catch (error) {
    if (error instanceof AuthError) redirect("/admin/login");
    throw error;
  }
  return (
    <>
      <a
        href="#admin-main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        ข้ามไปยังเนื้อหาหลัก
      </a>
      <AdminNav name={user.name} roleLabel={ROLE_LABELS[user.role]} isAdmin={hasRole(user, "ADMIN")} isEditor={hasRole(user, "EDITOR")} />
      <main id="admin-main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/shell/admin-nav";
import { SignOutButton } from "@/components/admin/shell/sign-out-button";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "ระบบจัดการเว็บไซต์", template: "%s | ระบบจัดการเว็บไซต์" },
  robots: { index: false, follow: false },
};

// Every staff page sits inside this layout: signed-out visitors go to the sign-in page. Pages and
// actions still check the role themselves (a layout does not re-run on every navigation). While a
// generated password waits to be replaced, the menu is left out: every page but the password form
// sends the person there anyway (lib/admin/page-guard.ts).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  return (
    <>
      <a
        href="#admin-main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        ข้ามไปยังเนื้อหาหลัก
      </a>
      {user.mustChangePassword ? (
        <header className="bg-brand-800 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <p className="text-lg font-bold">ระบบจัดการเว็บไซต์</p>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <p data-testid="signed-in-user">
                <span className="font-bold">{user.name}</span>{" "}
                <span className="text-brand-100">({ROLE_LABELS[user.role]})</span>
              </p>
              <SignOutButton />
            </div>
          </div>
        </header>
      ) : (
        <AdminNav
          name={user.name}
          roleLabel={ROLE_LABELS[user.role]}
          isAdmin={hasRole(user, "ADMIN")}
          isEditor={hasRole(user, "EDITOR")}
          isPlatformAdmin={user.isPlatformAdmin === true}
        />
      )}
      <main id="admin-main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/account/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage, signInNotice } from "@/lib/auth/messages";
import { getCurrentUser } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/settings/queries";
import { PublicPageLink } from "@/components/admin/public-page-link";

export const metadata: Metadata = { title: "เข้าสู่ระบบ | ระบบจัดการเว็บไซต์", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const settings = await getSiteSettings();
  // next-auth sends failures it handles itself here (e.g. a form posted without JavaScript).
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : undefined;
  // Only a known notice code is shown: nothing from the URL is printed as text.
  const notice = signInNotice(params.notice);
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-slate-100 px-4 py-12 sm:items-center">
      <div className="w-full max-w-sm">
        <p className="mb-4 text-center text-sm text-slate-700">
          ระบบจัดการเว็บไซต์
          <br />
          <span className="font-bold text-brand-900">{settings.officeName}</span>
        </p>
        {notice && (
          <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-emerald-900 ring-1 ring-emerald-300">
            {notice}
          </p>
        )}
        <div className="rounded-lg bg-white p-6 shadow ring-1 ring-slate-200">
          <LoginForm callbackPath={callbackPath} initialError={error} />
        </div>
        <p className="mt-4 text-center text-sm">
          <PublicPageLink href="/" className="text-brand-700 underline">
            กลับไปหน้าเว็บไซต์
          </PublicPageLink>
        </p>
      </div>
    </main>
  );
}

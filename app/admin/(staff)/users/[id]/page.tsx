import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  ActiveForm,
  ChangeRoleForm,
  ResetPasswordForm,
  SignOutUserEverywhereForm,
  UnlockSignInForm,
} from "@/components/admin/users/user-access-forms";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatThaiDateTime } from "@/lib/thai-date";
import { getUser } from "@/lib/users/queries";

export const metadata: Metadata = { title: "ผู้ใช้" };

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const me = await requirePageRole("ADMIN");
  const id = parseId((await params).id);
  const user = id === null ? null : await getUser(id);
  if (!user) notFound();
  const self = user.id === me.id;
  const section = "rounded-md bg-white p-5 ring-1 ring-slate-200";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          « กลับไปรายชื่อผู้ใช้
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{user.name}</h1>
      <dl className="my-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">อีเมล</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-bold">บทบาท</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-bold">สถานะ</dt>
        <dd>
          {user.active ? "ใช้งานได้" : "ระงับ"}
          {user.mustChangePassword ? " · ยังใช้รหัสผ่านชั่วคราว (ต้องเปลี่ยนเมื่อเข้าสู่ระบบ)" : ""}
          {user.signInLocked ? " · การเข้าสู่ระบบถูกล็อกชั่วคราว" : ""}
        </dd>
        <dt className="font-bold">เข้าสู่ระบบอยู่</dt>
        <dd>{user.openSessions ? `${user.openSessions.toLocaleString("th-TH")} เครื่อง` : "ไม่มี"}</dd>
        <dt className="font-bold">สร้างเมื่อ</dt>
        <dd>{formatThaiDateTime(user.createdAt)}</dd>
        <dt className="font-bold">เข้าสู่ระบบล่าสุด</dt>
        <dd>{user.lastLoginAt ? formatThaiDateTime(user.lastLoginAt) : "ยังไม่เคย"}</dd>
        <dt className="font-bold">ข่าวที่เขียน</dt>
        <dd>{user.postCount.toLocaleString("th-TH")} ข่าว</dd>
      </dl>
      <p className="mb-6 text-sm">
        <Link href={`/admin/audit?userId=${user.id}`} className="text-brand-700 underline">
          ดูประวัติการใช้งานของผู้ใช้นี้
        </Link>
      </p>
      {self ? (
        <p className="max-w-2xl rounded-md bg-slate-100 p-4">
          นี่คือบัญชีของคุณเอง การเปลี่ยนบทบาท ระงับบัญชี หรือตั้งรหัสผ่านใหม่ ต้องให้ผู้ดูแลระบบคนอื่นทำ
        </p>
      ) : (
        <div className="grid max-w-3xl gap-6">
          <section aria-labelledby="role-title" className={section}>
            <h2 id="role-title" className="mb-2 text-lg font-bold">
              เปลี่ยนบทบาท
            </h2>
            <ChangeRoleForm user={user} />
          </section>
          {user.active && (
            <section aria-labelledby="password-title" className={section}>
              <h2 id="password-title" className="mb-2 text-lg font-bold">
                รหัสผ่าน
              </h2>
              <ResetPasswordForm user={user} />
            </section>
          )}
          <section aria-labelledby="sessions-title" className={section}>
            <h2 id="sessions-title" className="mb-2 text-lg font-bold">
              ออกจากระบบทุกเครื่อง
            </h2>
            <SignOutUserEverywhereForm user={user} />
          </section>
          <section aria-labelledby="unlock-title" className={section}>
            <h2 id="unlock-title" className="mb-2 text-lg font-bold">
              ปลดล็อกการเข้าสู่ระบบ
            </h2>
            <UnlockSignInForm user={user} />
          </section>
          <section aria-labelledby="active-title" className={section}>
            <h2 id="active-title" className="mb-2 text-lg font-bold">
              {user.active ? "ระงับบัญชี" : "เปิดใช้บัญชี"}
            </h2>
            <ActiveForm user={user} />
          </section>
        </div>
      )}
    </>
  );
}

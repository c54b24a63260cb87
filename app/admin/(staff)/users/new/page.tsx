import type { Metadata } from "next";
import Link from "next/link";
import { UserCreateForm } from "@/components/admin/users/user-create-form";
import { requirePageRole } from "@/lib/admin/page-guard";

export const metadata: Metadata = { title: "เพิ่มผู้ใช้" };

export default async function NewUserPage() {
  await requirePageRole("ADMIN");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          « กลับไปรายชื่อผู้ใช้
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">เพิ่มผู้ใช้</h1>
      <div className="max-w-2xl rounded-md bg-white p-5 ring-1 ring-slate-200">
        <UserCreateForm />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { UserTable } from "@/components/admin/users/user-table";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "ผู้ใช้" };

export default async function UsersPage() {
  const me = await requirePageRole("ADMIN");
  const users = await listUsers();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">ผู้ใช้</h1>
        <Link
          href="/admin/users/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เพิ่มผู้ใช้
        </Link>
      </div>
      <UserTable users={users} currentUserId={me.id} />
    </>
  );
}

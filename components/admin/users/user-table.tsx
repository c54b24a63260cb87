import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatThaiDateTime } from "@/lib/thai-date";
import type { UserRow } from "@/lib/users/queries";

export function UserTable({ users, currentUserId }: { users: UserRow[]; currentUserId: number }) {
  return (
    <div className="overflow-x-auto rounded-md bg-white ring-1 ring-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">รายชื่อผู้ใช้</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              ชื่อ
            </th>
            <th scope="col" className="p-3">
              อีเมล
            </th>
            <th scope="col" className="p-3">
              บทบาท
            </th>
            <th scope="col" className="p-3">
              สถานะ
            </th>
            <th scope="col" className="p-3">
              เข้าสู่ระบบล่าสุด
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={`border-t border-slate-200 ${u.active ? "" : "text-slate-500"}`}>
              <td className="p-3">
                <Link href={`/admin/users/${u.id}`} className="font-bold text-brand-700 underline">
                  {u.name}
                </Link>
                {u.id === currentUserId && <span className="ml-2 text-sm text-slate-600">(คุณ)</span>}
              </td>
              <td className="p-3 break-all">{u.email}</td>
              <td className="p-3">{ROLE_LABELS[u.role]}</td>
              <td className="p-3">{u.active ? "ใช้งานได้" : <span className="font-bold text-rose-800">ระงับ</span>}</td>
              <td className="whitespace-nowrap p-3">{u.lastLoginAt ? formatThaiDateTime(u.lastLoginAt) : "ยังไม่เคย"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "./sign-out-button";
import { PublicPageLink } from "@/components/admin/public-page-link";

// The staff area's header: who is signed in, the sections their role may use, the public site
// and sign-out. Hiding a link is only courtesy; each page and action checks the role itself.

type Item = { href: string; label: string; adminOnly?: boolean; editorOnly?: boolean; platformOnly?: boolean };

const ITEMS: Item[] = [
  { href: "/admin", label: "แดชบอร์ด" },
  { href: "/admin/posts", label: "ข่าวและประกาศ" },
  { href: "/admin/events", label: "ปฏิทินกิจกรรม", editorOnly: true },
  { href: "/admin/elections", label: "ผลการเลือกตั้ง", editorOnly: true },
  { href: "/admin/pages", label: "หน้าข้อมูลสำนักงาน", editorOnly: true },
  { href: "/admin/procurement", label: "เปิดเผยข้อมูลจัดซื้อจัดจ้าง", editorOnly: true },
  { href: "/admin/central-news", label: "ข่าวจากส่วนกลาง", editorOnly: true },
  { href: "/admin/alerts", label: "ผู้รับข่าวทางอีเมล", editorOnly: true },
  { href: "/admin/settings", label: "ตั้งค่าเว็บไซต์", adminOnly: true },
  { href: "/admin/users", label: "ผู้ใช้งาน", adminOnly: true },
  { href: "/admin/audit", label: "บันทึกการใช้งาน", adminOnly: true },
  { href: "/admin/platform", label: "สำนักงานและชื่อเว็บไซต์", platformOnly: true },
];

export type AdminNavProps = {
  name: string;
  roleLabel: string;
  isAdmin: boolean;
  isEditor?: boolean;
  isPlatformAdmin?: boolean;
};

function isCurrent(href: string, pathname: string): boolean {
  return href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav({ name, roleLabel, isAdmin, isEditor = isAdmin, isPlatformAdmin = false }: AdminNavProps) {
  const pathname = usePathname() ?? "";
  const items = ITEMS.filter(
    (item) => (isAdmin || !item.adminOnly) && (isEditor || !item.editorOnly) && (isPlatformAdmin || !item.platformOnly),
  );
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="text-lg font-bold">ระบบจัดการเว็บไซต์</p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p data-testid="signed-in-user">
            <span className="font-bold">{name}</span> <span className="text-brand-100">({roleLabel})</span>
          </p>
          <Link href="/admin/account" className="underline underline-offset-4 hover:text-gold-400">
            บัญชีของฉัน
          </Link>
          <PublicPageLink href="/" className="underline underline-offset-4 hover:text-gold-400">
            ดูหน้าเว็บไซต์
          </PublicPageLink>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="เมนูระบบจัดการ" className="bg-brand-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1">
          {items.map((item) => {
            const current = isCurrent(item.href, pathname);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={`block rounded-md px-3 py-2 hover:bg-brand-700 ${current ? "bg-white font-bold text-brand-900 hover:bg-white" : ""}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}

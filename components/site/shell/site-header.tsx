import Link from "next/link";
import { SECTIONS } from "@/lib/posts/sections";
import type { SiteSettingsView } from "@/lib/settings/queries";
import { DisplaySettings } from "./display-settings";
import { HeaderSearch } from "./header-search";

const NAV = [
  { href: "/", label: "หน้าแรก" },
  ...SECTIONS.map((s) => ({ href: `/news/${s.slug}`, label: s.label })),
  { href: "/elections", label: "ผลการเลือกตั้ง" },
  { href: "/calendar", label: "ปฏิทินกิจกรรม" },
];

export function SiteHeader({ settings }: { settings: SiteSettingsView }) {
  return (
    <header className="bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        ข้ามไปยังเนื้อหาหลัก
      </a>
      <div className="bg-brand-900 text-sm">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1">
          <span>
            สายด่วน กกต. <strong className="text-gold-400">{settings.hotline}</strong>
          </span>
          <span className="flex items-center gap-3">
            {settings.phone && <span>โทร. {settings.phone}</span>}
            <DisplaySettings />
          </span>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <div className="flex items-center gap-3">
          <div
            aria-hidden="true"
            className="grid size-12 shrink-0 place-items-center rounded-full bg-gold-500 text-lg font-bold text-brand-900"
          >
            กกต.
          </div>
          <div>
            <Link href="/" className="block text-lg font-bold leading-snug sm:text-2xl">
              {settings.officeName}
            </Link>
            <p className="text-sm text-brand-100">คณะกรรมการการเลือกตั้ง (กกต.)</p>
          </div>
        </div>
        <HeaderSearch />
      </div>
      <nav aria-label="เมนูหลัก" className="border-t border-brand-700">
        {/* One list for every screen: it wraps on wide screens and scrolls sideways on phones,
            so it works without JavaScript and is sent only once. */}
        <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 md:flex-wrap">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="nav-link">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

import Link from "next/link";
import { HtmlDocument } from "@/app/html-document";
import { HeaderSearch } from "@/components/site/shell/header-search";

// Pages that need no data: prerendered at build time, served as files (also the benchmark's
// reference for what "static" costs on this server).
export default function StaticLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlDocument lang="th">
      <header className="bg-brand-800 text-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
        >
          ข้ามไปยังเนื้อหาหลัก
        </a>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href="/" className="text-lg font-bold">
            สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด
          </Link>
          <HeaderSearch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
    </HtmlDocument>
  );
}

import Link from "next/link";
import { sectionInfo } from "@/lib/posts/sections";
import type { Section } from "@/lib/generated/prisma/enums";

/** `site`: another office's site (the central office's press releases), else this one. */
export function MoreLink({ section, site = "" }: { section: Section; site?: string }) {
  const info = sectionInfo(section);
  return (
    <p className="mt-2 text-right">
      <Link href={`${site}/news/${info.slug}`} className="text-brand-700 underline">
        ดูทั้งหมด<span className="sr-only"> {info.label}</span>
      </Link>
    </p>
  );
}

/** From the results announcements to the results themselves (charts, per constituency, downloads). */
export function ElectionsLink() {
  return (
    <p className="mt-2">
      <Link href="/elections" className="font-bold text-brand-700 underline">
        ผลการเลือกตั้งรายเขต พร้อมกราฟและข้อมูลดาวน์โหลด
      </Link>
    </p>
  );
}

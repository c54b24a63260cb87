import Link from "next/link";
import { sectionInfo } from "@/lib/posts/sections";
import type { Section } from "@/lib/generated/prisma/enums";

export function MoreLink({ section }: { section: Section }) {
  const info = sectionInfo(section);
  return (
    <p className="mt-2 text-right">
      <Link href={`/news/${info.slug}`} className="text-brand-700 underline">
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

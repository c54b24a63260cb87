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

import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { getSectionPage } from "@/lib/posts/queries";
import { sectionBySlug, sectionPath } from "@/lib/posts/sections";
import { pageShareMeta } from "@/lib/seo/page-meta";

// What /news/{section} and /news/{section}/page/{n} read: one page of a section's posts, or a 404
// for an unknown section or a page past the end.

export async function loadSectionPage(slug: string, page: number) {
  const section = sectionBySlug(slug);
  if (!section) notFound();
  const result = await getSectionPage(section.key, page);
  if (!result) notFound();
  return { section, result };
}

export async function sectionMetadata(slug: string, page: number) {
  const section = sectionBySlug(slug);
  if (!section) return { title: "ไม่พบหน้าที่ต้องการ" };
  const title = page > 1 ? `${section.label} หน้า ${page}` : section.label;
  return {
    title,
    alternates: { canonical: sectionPath(section.key, page), types: feedAlternates(section) },
    ...(await pageShareMeta({ title, path: sectionPath(section.key, page) })),
  };
}

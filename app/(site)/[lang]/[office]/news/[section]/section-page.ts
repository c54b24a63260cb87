import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import type { SiteLang } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
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

export async function sectionMetadata(slug: string, page: number, lang: SiteLang) {
  const t = translator(lang);
  const section = sectionBySlug(slug);
  if (!section) return { title: t("notFound.title") };
  const label = t(`sections.${section.key}.label`);
  const title = page > 1 ? t("listing.titlePage", { section: label, page }) : label;
  const path = sectionPath(section.key, page);
  return {
    title,
    alternates: { ...languageAlternates(lang, path), types: feedAlternates(lang, section) },
    ...(await pageShareMeta({ title, path: localePath(lang, path), lang })),
  };
}

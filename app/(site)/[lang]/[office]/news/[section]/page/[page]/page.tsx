import { langOf } from "@/lib/i18n/langs";
import { notFound, permanentRedirect } from "next/navigation";
import { SectionListing } from "@/components/site/posts/section-listing";
import { parsePageParam } from "@/lib/http/params";
import { sectionBySlug } from "@/lib/posts/sections";
import { localePath } from "@/lib/i18n/paths";
import { loadSectionPage, sectionMetadata } from "../../section-page";

export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; section: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { section, page, lang } = await params;
  return sectionMetadata(section, parsePageParam(page) ?? 1, langOf(lang));
}

export default async function SectionPageN({ params }: Props) {
  const { section, page: raw, lang } = await params;
  const page = parsePageParam(raw);
  if (page === null || !sectionBySlug(section)) notFound();
  if (page === 1) permanentRedirect(localePath(langOf(lang), `/news/${section}`));
  const loaded = await loadSectionPage(section, page);
  return <SectionListing section={loaded.section} result={loaded.result} lang={langOf(lang)} />;
}

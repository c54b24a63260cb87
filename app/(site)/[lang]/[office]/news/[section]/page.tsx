import { langOf } from "@/lib/i18n/langs";
import { SectionListing } from "@/components/site/posts/section-listing";
import { getPinnedCentralPosts } from "@/lib/posts/central";
import { loadSectionPage, sectionMetadata } from "./section-page";

export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; section: string }> };

export async function generateMetadata({ params }: Props) {
  const { section, lang } = await params;
  return sectionMetadata(section, 1, langOf(lang));
}

export default async function SectionPage({ params }: Props) {
  const { section: slug, lang } = await params;
  const { section, result } = await loadSectionPage(slug, 1);
  return (
    <SectionListing
      section={section}
      result={result}
      pinned={await getPinnedCentralPosts(section.key)}
      lang={langOf(lang)}
    />
  );
}

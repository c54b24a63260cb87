import { SectionListing } from "@/components/site/posts/section-listing";
import { getPinnedCentralPosts } from "@/lib/posts/central";
import { loadSectionPage, sectionMetadata } from "./section-page";

export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props) {
  return sectionMetadata((await params).section, 1);
}

export default async function SectionPage({ params }: Props) {
  const { section, result } = await loadSectionPage((await params).section, 1);
  return <SectionListing section={section} result={result} pinned={await getPinnedCentralPosts(section.key)} />;
}

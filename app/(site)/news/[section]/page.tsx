import { SectionListing, sectionMetadata } from "@/components/site/posts/section-listing";

export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props) {
  return sectionMetadata((await params).section, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).section} page={1} />;
}

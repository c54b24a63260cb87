import { notFound, permanentRedirect } from "next/navigation";
import { SectionListing, sectionMetadata } from "@/components/site/posts/section-listing";
import { parsePageParam } from "@/lib/http/params";
import { sectionBySlug } from "@/lib/posts/sections";

export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return sectionMetadata(section, parsePageParam(page) ?? 1);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === null || !sectionBySlug(section)) notFound();
  if (page === 1) permanentRedirect(`/news/${section}`);
  return <SectionListing slug={section} page={page} />;
}

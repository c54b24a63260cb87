import { notFound, SHARED_CACHE } from "@/lib/feeds/respond";
import { getPublicPost } from "@/lib/posts/queries";
import { sectionInfo } from "@/lib/posts/sections";
import { parseIdFile } from "@/lib/posts/url";
import { renderPostCard } from "@/lib/seo/og-image";
import { getSiteSettings } from "@/lib/settings/queries";
import { formatThaiDate } from "@/lib/thai-date";

// /og/posts/{id}.png — the link-preview picture of a published post.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const id = parseIdFile((await params).file, "png");
  const post = id === null ? null : await getPublicPost(id);
  if (!post || post.withdrawn) return notFound();
  const settings = await getSiteSettings();
  const png = await renderPostCard({
    officeName: settings.officeName,
    section: sectionInfo(post.section).label,
    title: post.title,
    date: `วันที่ ${formatThaiDate(post.publishedAt)}`,
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": SHARED_CACHE } });
}

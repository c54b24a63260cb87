import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PostArticle } from "@/components/site/posts/post-article";
import { WithdrawnNotice } from "@/components/site/posts/withdrawn-notice";
import { keepOnlyBriefly } from "@/lib/cache/keep-briefly";
import { siteUrl } from "@/lib/http/absolute";
import { feedAlternates } from "@/lib/feeds/links";
import { getPublicPost } from "@/lib/posts/queries";
import { parseId } from "@/lib/http/params";
import { postPath } from "@/lib/posts/url";
import { jsonLdText } from "@/lib/seo/json-ld";
import { newsArticleJsonLd, postOpenGraph } from "@/lib/seo/post-meta";
import { getSiteSettings } from "@/lib/settings/queries";

// Permanent address: /posts/{id} or /posts/{id}/{slug}. A missing, wrong or old slug redirects
// (308) to the canonical address, so links shared with any slug keep working. A withdrawn post
// shows why it was withdrawn, or sends readers on (308) to the post that replaced it. A 404 (not
// public, or no such post) is kept for 2 s only.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ id: string; slug?: string[] }> };

async function load(params: Props["params"]) {
  const { id: raw, slug } = await params;
  const id = parseId(raw);
  const post = id === null ? null : await getPublicPost(id);
  return { post, slug: slug?.join("/") ?? null };
}

async function site() {
  return { siteUrl: siteUrl(), officeName: (await getSiteSettings()).officeName };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post } = await load(params);
  if (!post) return { title: "ไม่พบหน้าที่ต้องการ" };
  const path = postPath(post.id, post.slug);
  const info = await site();
  return {
    title: post.withdrawn ? `${post.title} (ถอนการเผยแพร่แล้ว)` : post.title,
    description: post.summary || undefined,
    alternates: { canonical: `${info.siteUrl}${path}`, types: feedAlternates() },
    ...(post.withdrawn ? { robots: { index: false } } : postOpenGraph(post, `${info.siteUrl}${path}`, info)),
  };
}

export default async function PostPage({ params }: Props) {
  const { post, slug } = await load(params);
  if (!post) {
    // Not public (yet): a 404 is kept for seconds, not the 60 s of a page, so that one rendered
    // while the post was being published cannot hide it (lib/cache/keep-briefly.ts).
    await keepOnlyBriefly();
    notFound();
  }
  if (post.withdrawn && post.redirectToId !== null) permanentRedirect(postPath(post.redirectToId, null));
  if (slug !== post.slug) permanentRedirect(postPath(post.id, post.slug));
  if (post.withdrawn) return <WithdrawnNotice post={{ ...post, withdrawn: post.withdrawn }} />;
  const info = await site();
  const url = `${info.siteUrl}${postPath(post.id, post.slug)}`;
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(newsArticleJsonLd(post, url, info)) }}
      />
      <PostArticle post={post} url={url} />
    </>
  );
}

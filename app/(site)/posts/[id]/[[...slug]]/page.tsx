import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/links";
import { notFound, permanentRedirect } from "next/navigation";
import { PostArticle } from "@/components/post/post-article";
import { WithdrawnNotice } from "@/components/post/withdrawn-notice";
import { getPublicPost } from "@/lib/posts/queries";
import { parseId, postPath } from "@/lib/posts/url";

// Permanent address: /posts/{id} or /posts/{id}/{slug}. A missing, wrong or old slug redirects
// (308) to the canonical address, so links shared with any slug keep working. A withdrawn post
// shows why it was withdrawn, or sends readers on (308) to the post that replaced it.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; slug?: string[] }> };

async function load(params: Props["params"]) {
  const { id: raw, slug } = await params;
  const id = parseId(raw);
  const post = id === null ? null : await getPublicPost(id);
  return { post, slug: slug?.join("/") ?? null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post } = await load(params);
  if (!post) return { title: "ไม่พบหน้าที่ต้องการ" };
  return {
    title: post.withdrawn ? `${post.title} (ถอนการเผยแพร่แล้ว)` : post.title,
    description: post.summary || undefined,
    alternates: { canonical: postPath(post.id, post.slug), types: feedAlternates() },
    ...(post.withdrawn ? { robots: { index: false } } : {}),
  };
}

export default async function PostPage({ params }: Props) {
  const { post, slug } = await load(params);
  if (!post) notFound();
  if (post.withdrawn && post.redirectToId !== null) permanentRedirect(postPath(post.redirectToId, null));
  if (slug !== post.slug) permanentRedirect(postPath(post.id, post.slug));
  if (post.withdrawn) return <WithdrawnNotice post={{ ...post, withdrawn: post.withdrawn }} />;
  return <PostArticle post={post} />;
}

import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PostArticle } from "@/components/site/posts/post-article";
import { WithdrawnNotice } from "@/components/site/posts/withdrawn-notice";
import { keepOnlyBriefly } from "@/lib/cache/keep-briefly";
import { siteUrl } from "@/lib/http/absolute";
import { feedAlternates } from "@/lib/feeds/links";
import { langOf, type SiteLang } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { getLocalSettings } from "@/lib/i18n/site-settings";
import { translator } from "@/lib/i18n/translator";
import { getPublicPost } from "@/lib/posts/queries";
import { parseId } from "@/lib/http/params";
import { postPath } from "@/lib/posts/url";
import { jsonLdText } from "@/lib/seo/json-ld";
import { newsArticleJsonLd, postOpenGraph } from "@/lib/seo/post-meta";

// Permanent address: /posts/{id} or /posts/{id}/{slug}. A missing, wrong or old slug redirects
// (308) to the canonical address, so links shared with any slug keep working. A withdrawn post
// shows why it was withdrawn, or sends readers on (308) to the post that replaced it. A 404 (not
// public, or no such post) is kept for 2 s only.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; id: string; slug?: string[] }> };

async function load(params: Props["params"]) {
  const { id: raw, slug, lang } = await params;
  const id = parseId(raw);
  const post = id === null ? null : await getPublicPost(id);
  return { post, slug: slug?.join("/") ?? null, lang: langOf(lang) };
}

async function site(lang: SiteLang) {
  return { siteUrl: siteUrl(), officeName: (await getLocalSettings(lang)).officeName };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post, lang } = await load(params);
  if (!post) return { title: translator(lang)("notFound.title") };
  const path = postPath(post.id, post.slug);
  // The page in its language: the translation's title and summary where there is one.
  const shown = lang === "en" && post.english ? { ...post, ...post.english } : post;
  const info = { ...(await site(lang)), contentLang: shown === post ? ("th" as const) : ("en" as const) };
  const url = `${info.siteUrl}${localePath(lang, path)}`;
  const alternates = languageAlternates(lang, path);
  return {
    title: post.withdrawn ? `${shown.title} (ถอนการเผยแพร่แล้ว)` : shown.title,
    description: shown.summary || undefined,
    alternates: { ...alternates, canonical: url, types: feedAlternates(lang) },
    ...(post.withdrawn ? { robots: { index: false } } : postOpenGraph(shown, url, info)),
  };
}

export default async function PostPage({ params }: Props) {
  const { post, slug, lang } = await load(params);
  if (!post) {
    // Not public (yet): a 404 is kept for seconds, not the 60 s of a page, so that one rendered
    // while the post was being published cannot hide it (lib/cache/keep-briefly.ts).
    await keepOnlyBriefly();
    notFound();
  }
  if (post.withdrawn && post.redirectToId !== null)
    permanentRedirect(localePath(lang, postPath(post.redirectToId, null)));
  if (slug !== post.slug) permanentRedirect(localePath(lang, postPath(post.id, post.slug)));
  if (post.withdrawn) return <WithdrawnNotice post={{ ...post, withdrawn: post.withdrawn }} />;
  const shown = lang === "en" && post.english ? { ...post, ...post.english } : post;
  const info = { ...(await site(lang)), contentLang: shown === post ? ("th" as const) : ("en" as const) };
  const url = `${info.siteUrl}${localePath(lang, postPath(post.id, post.slug))}`;
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(newsArticleJsonLd(shown, url, info)) }}
      />
      <PostArticle post={post} url={url} lang={lang} />
    </>
  );
}

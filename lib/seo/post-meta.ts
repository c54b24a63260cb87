import type { Metadata } from "next";
import type { PostView } from "@/lib/posts/view";
import { sectionInfo } from "@/lib/posts/sections";
import { toBangkokIso } from "@/lib/thai-date";

// What a link preview (Facebook, LINE, X) and a search engine read about a post: Open Graph and
// Twitter tags with absolute addresses, and a schema.org NewsArticle.

/** `contentLang`: the language the shown title and text are in (an English page's translation). */
export type SiteInfo = { siteUrl: string; officeName: string; contentLang?: "th" | "en" };

export function postOpenGraph(post: PostView, url: string, site: SiteInfo): Pick<Metadata, "openGraph" | "twitter"> {
  // First the card drawn for the post (title and date in Thai, always present), then its cover.
  const images = [
    { url: `${site.siteUrl}/og/posts/${post.id}.png`, width: 1200, height: 630, alt: post.title },
    ...(post.cover
      ? [
          {
            url: `${site.siteUrl}${post.cover.src}`,
            width: post.cover.width ?? undefined,
            height: post.cover.height ?? undefined,
            alt: post.cover.alt || post.title,
          },
        ]
      : []),
  ];
  const description = post.summary || undefined;
  return {
    openGraph: {
      type: "article",
      url,
      title: post.title,
      description,
      siteName: site.officeName,
      locale: site.contentLang === "en" ? "en_GB" : "th_TH",
      publishedTime: post.firstPublishedAt.toISOString(),
      modifiedTime: (post.lastUpdatedAt ?? post.publishedAt).toISOString(),
      section: sectionInfo(post.section).label,
      tags: post.tags,
      images,
    },
    twitter: { card: "summary_large_image", title: post.title, description, images: [images[0]!.url] },
  };
}

export function newsArticleJsonLd(post: PostView, url: string, site: SiteInfo): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: post.title,
    description: post.summary || undefined,
    url,
    mainEntityOfPage: url,
    inLanguage: site.contentLang ?? "th",
    datePublished: toBangkokIso(post.firstPublishedAt),
    dateModified: toBangkokIso(post.lastUpdatedAt ?? post.publishedAt),
    articleSection: sectionInfo(post.section).label,
    keywords: post.tags.length ? post.tags.join(", ") : undefined,
    image: post.cover ? [`${site.siteUrl}${post.cover.src}`] : undefined,
    author: { "@type": "GovernmentOrganization", name: site.officeName, url: site.siteUrl },
    publisher: { "@type": "GovernmentOrganization", name: site.officeName, url: site.siteUrl },
  };
}

import type { SiteLang } from "@/lib/i18n/langs";
import { xmlText } from "./xml";

// RSS 2.0 and Atom 1.0 documents of published posts. Every address is absolute; dates are
// instants (RFC 822 in GMT for RSS, ISO 8601 in UTC for Atom), so the server's time zone never
// shows. Readers get the summary; the page itself carries the full text. A feed is in one
// language: the English ones link the English pages (lib/feeds/queries.ts picks the texts).

export type FeedItem = {
  id: number;
  title: string;
  summary: string;
  url: string;
  category: string;
  publishedAt: Date;
  updatedAt: Date;
};

export type FeedMeta = {
  lang: SiteLang;
  title: string;
  description: string;
  /** The page the feed follows (site or section listing). */
  pageUrl: string;
  /** This feed's own address. */
  selfUrl: string;
  siteUrl: string;
  /** Updated time of the feed when it has no items. */
  fallbackUpdated: Date;
};

export function buildRss(meta: FeedMeta, items: FeedItem[]): string {
  const entries = items.map(
    (i) => `    <item>
      <title>${xmlText(i.title)}</title>
      <link>${xmlText(i.url)}</link>
      <guid isPermaLink="true">${xmlText(i.url)}</guid>
      <pubDate>${i.publishedAt.toUTCString()}</pubDate>
      <category>${xmlText(i.category)}</category>
      <description>${xmlText(i.summary || i.title)}</description>
    </item>`,
  );
  const updated = items.reduce(
    (t, i) => (i.updatedAt > t ? i.updatedAt : t),
    items[0]?.updatedAt ?? meta.fallbackUpdated,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlText(meta.title)}</title>
    <link>${xmlText(meta.pageUrl)}</link>
    <atom:link href="${xmlText(meta.selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>${xmlText(meta.description)}</description>
    <language>${meta.lang}</language>
    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>
${entries.join("\n")}
  </channel>
</rss>
`;
}

export function buildAtom(meta: FeedMeta, items: FeedItem[]): string {
  const updated = items.reduce(
    (t, i) => (i.updatedAt > t ? i.updatedAt : t),
    items[0]?.updatedAt ?? meta.fallbackUpdated,
  );
  const host = new URL(meta.siteUrl).host;
  const entries = items.map(
    (i) => `  <entry>
    <title>${xmlText(i.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(i.url)}"/>
    <id>tag:${xmlText(host)},2026:post-${i.id}</id>
    <published>${i.publishedAt.toISOString()}</published>
    <updated>${i.updatedAt.toISOString()}</updated>
    <category term="${xmlText(i.category)}"/>
    <summary type="text">${xmlText(i.summary || i.title)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${meta.lang}">
  <title>${xmlText(meta.title)}</title>
  <subtitle>${xmlText(meta.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${xmlText(meta.pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${xmlText(meta.selfUrl)}"/>
  <id>${xmlText(meta.selfUrl)}</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${xmlText(meta.title)}</name></author>
${entries.join("\n")}
</feed>
`;
}

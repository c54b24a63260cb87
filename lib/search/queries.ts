import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Section } from "@/lib/generated/prisma/enums";
import { postPath } from "@/lib/posts/url";
import { rankSql, wordMatches } from "./match-sql";
import { highlight, type SnippetPart } from "./snippet";
import { htmlToText } from "./text";

// Public search over published posts (the same filter as every public listing in
// lib/posts/queries.ts: status PUBLISHED; drafts, scheduled and withdrawn posts never match).
// Each query word must match in the dictionary index or the n-gram index (match-sql.ts); the
// newest MATCH_WINDOW matches are ranked (exact words, phrase, word starts, then substrings; title
// words count most; newer first among equals). Ranking every match would read every matching
// vector (tens of milliseconds per thousand). Measured at 100,000 posts by
// `BENCH_ONLY=search npm run bench`.

export const SEARCH_PAGE_SIZE = 10;
export const MATCH_WINDOW = 100;
const SNIPPET_LENGTH = 200;

export type SearchHit = {
  id: number;
  section: Section;
  path: string;
  publishedAt: Date;
  title: SnippetPart[];
  snippet: SnippetPart[];
};

export type SearchResults = {
  items: SearchHit[];
  /** Matches among the newest MATCH_WINDOW candidates; `more` says older candidates were left out. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
};

export type SearchInput = {
  tsquery: string;
  candidates: string;
  words: string[][];
  section?: Section;
  start?: Date;
  end?: Date;
  page: number;
};

/** A page of results, or null when `page` is past the last one. */
export async function searchPosts(input: SearchInput): Promise<SearchResults | null> {
  const prisma = getPrisma();
  const filters = [
    Prisma.sql`status = 'PUBLISHED'`,
    ...input.words.map(wordMatches),
    ...(input.section ? [Prisma.sql`section = ${input.section}::"Section"`] : []),
    ...(input.start ? [Prisma.sql`"publishedAt" >= ${input.start}`] : []),
    ...(input.end ? [Prisma.sql`"publishedAt" < ${input.end}`] : []),
  ];
  const offset = (input.page - 1) * SEARCH_PAGE_SIZE;
  const rows = await prisma.$queryRaw<Array<{ id: number; total: bigint; candidates: bigint }>>`
    WITH candidates AS (
      SELECT id, "publishedAt" FROM "Post"
      WHERE ${Prisma.join(filters, " AND ")}
      ORDER BY "publishedAt" DESC, id DESC
      LIMIT ${MATCH_WINDOW + 1}
    ), window_size AS (
      SELECT count(*) AS n FROM candidates
    ), hits AS (
      SELECT c.id, c."publishedAt",
${rankSql(input.words, input.tsquery)} AS rank
      FROM (SELECT * FROM candidates ORDER BY "publishedAt" DESC, id DESC LIMIT ${MATCH_WINDOW}) c
      JOIN "Post" p ON p.id = c.id
    )
    SELECT id, count(*) OVER () AS total, (SELECT n FROM window_size) AS candidates FROM hits
    ORDER BY rank DESC, "publishedAt" DESC, id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  if (rows.length === 0) return input.page === 1 ? { items: [], total: 0, more: false, page: 1, pageCount: 1 } : null;

  const total = Number(rows[0]!.total);
  const more = Number(rows[0]!.candidates) > MATCH_WINDOW;
  const posts = await prisma.post.findMany({
    where: { id: { in: rows.map((r) => r.id) }, status: "PUBLISHED" },
    select: {
      id: true,
      section: true,
      title: true,
      slug: true,
      summary: true,
      body: true,
      publishedAt: true,
      createdAt: true,
    },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const items = rows.flatMap(({ id }) => {
    const p = byId.get(id);
    if (!p) return [];
    return [
      {
        id,
        section: p.section,
        path: postPath(p.id, p.slug),
        publishedAt: p.publishedAt ?? p.createdAt,
        title: highlight(p.title, input.words).parts,
        snippet: snippetOf(p.summary, htmlToText(p.body), input.words),
      },
    ];
  });
  return { items, total, more, page: input.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

/** The summary or body passage with the first hit; the summary (or body start) when neither has one. */
function snippetOf(summary: string, body: string, words: string[][]): SnippetPart[] {
  for (const text of [summary, body]) {
    if (!text) continue;
    const s = highlight(text, words, { maxLength: SNIPPET_LENGTH });
    if (s.matched) return s.parts;
  }
  return highlight(summary || body, [], { maxLength: SNIPPET_LENGTH }).parts;
}

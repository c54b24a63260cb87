import { currentOfficeId, getPrisma, getRootPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Section } from "@/lib/generated/prisma/enums";
import type { SiteLang } from "@/lib/i18n/langs";
import { shownPost } from "@/lib/i18n/posts";
import { toSummary } from "@/lib/posts/view";
import { poolCondition, rankSql, wordMatches } from "./match-sql";
import { highlight, type SnippetPart } from "./snippet";
import { htmlToText } from "./text";

// Public search over published posts (the same filter as every public listing in
// lib/posts/queries.ts: status PUBLISHED; drafts, scheduled and withdrawn posts never match).
// Three steps in one statement (rankedWindow), so that the costly checks run on a few hundred
// posts and not on every post that contains a common word:
// 1. pool: the newest POOL_SIZES[0] posts passing poolCondition, which the GIN index on ngramVector
//    answers without re-reading a post (the pieces in any order, or the grams without the
//    substring check);
// 2. verified: newest first, each checked with wordMatches (phrase positions, the letters as
//    typed), stopping at MATCH_WINDOW + 1;
// 3. the MATCH_WINDOW newest are ranked (exact words, phrase, word starts, then substrings; title
//    words count most; newer first among equals).
// When fewer than MATCH_WINDOW + 1 pass and the pool was full, the next, larger pool is read.
// Recent result pages are kept by the page cache until the next publish (server/cache-key.ts).
// The two statements name the office themselves and run as the owner (getRootPrisma): under the
// office connections' row-level security PostgreSQL may not use the GIN index for `@@` (not a
// leakproof operator) and would test every post of the office instead, 3–4× slower. They only
// read published posts, and the rows they return are read again through getPrisma().
// Measured at 385,000 posts in 77 offices by `BENCH_ONLY=search npm run bench`.

export const SEARCH_PAGE_SIZE = 10;
export const MATCH_WINDOW = 100;
// The first pool is enough for MATCH_WINDOW after the checks when most pool posts pass them, and
// small, so that Postgres reads the newest posts in date order when a word is common instead of
// collecting every match; the next one is read only when too few passed.
const POOL_GROWTH = 8;
export const POOL_SIZES = [300, 300 * POOL_GROWTH] as const;
const SNIPPET_LENGTH = 200;

export type SearchHit = {
  id: number;
  section: Section;
  /** The post's address in the search's language. */
  path: string;
  publishedAt: Date;
  /** Title and passage in the search's language: on the English page, Thai when untranslated. */
  title: SnippetPart[];
  snippet: SnippetPart[];
  /** On the English page, a post with no translation: its Thai title and text. */
  inThai: boolean;
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
  /** The page's language: which of a post's texts to show and highlight (Thai by default). */
  lang?: SiteLang;
};

type Window = { ids: number[]; verified: number };

function poolFilters(input: SearchInput, officeId: number): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`"officeId" = ${officeId}`,
      Prisma.sql`status = 'PUBLISHED'`,
      poolCondition(input.words, officeId),
      ...(input.section ? [Prisma.sql`section = ${input.section}::"Section"`] : []),
      ...(input.start ? [Prisma.sql`"publishedAt" >= ${input.start}`] : []),
      ...(input.end ? [Prisma.sql`"publishedAt" < ${input.end}`] : []),
    ],
    " AND ",
  );
}

/**
 * The ranked ids of the newest MATCH_WINDOW posts that match, from a pool of the newest `pool`
 * posts passing poolCondition. The check is a scalar subquery, not a join, and the pool a
 * subquery, not a CTE: Postgres then reads the pool in date order, checks row by row and stops
 * at the limit, instead of filling the pool and checking all of it first.
 */
async function rankedWindow(input: SearchInput, pool: number, officeId: number): Promise<Window> {
  const [row] = await getRootPrisma().$queryRaw<Array<{ ids: number[] | null; verified: bigint }>>`
    WITH verified AS (
      SELECT c.id, c."publishedAt" FROM (
        SELECT id, "publishedAt" FROM "Post" WHERE ${poolFilters(input, officeId)}
        ORDER BY "publishedAt" DESC, id DESC
        LIMIT ${pool}
      ) c
      WHERE (SELECT ${Prisma.join(input.words.map(wordMatches), " AND ")} FROM "Post" WHERE id = c.id)
      LIMIT ${MATCH_WINDOW + 1}
    ), hits AS (
      SELECT v.id, v."publishedAt",
${rankSql(input.words, input.tsquery)} AS rank
      FROM (SELECT * FROM verified ORDER BY "publishedAt" DESC, id DESC LIMIT ${MATCH_WINDOW}) v
      JOIN "Post" p ON p.id = v.id
    )
    SELECT (SELECT array_agg(id ORDER BY rank DESC, "publishedAt" DESC, id DESC) FROM hits) AS ids,
      (SELECT count(*) FROM verified) AS verified`;
  return { ids: row?.ids ?? [], verified: Number(row?.verified ?? 0) };
}

/** Whether at least `pool` posts pass poolCondition: a window short of matches may have missed some. */
async function poolIsFull(input: SearchInput, pool: number, officeId: number): Promise<boolean> {
  const [row] = await getRootPrisma().$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Post" WHERE ${poolFilters(input, officeId)} LIMIT ${pool}) c`;
  return Number(row?.n ?? 0) >= pool;
}

/** A page of results, or null when `page` is past the last one. */
export async function searchPosts(input: SearchInput): Promise<SearchResults | null> {
  const prisma = getPrisma();
  const officeId = await currentOfficeId();
  // Most pooled posts pass the checks; when many do not (รับสมัคร: รับ and สมัคร apart in many
  // posts), a larger pool is read so that the window still holds the newest matches.
  let window: Window = { ids: [], verified: 0 };
  let full = false;
  for (const size of POOL_SIZES) {
    window = await rankedWindow(input, size, officeId);
    full = window.verified <= MATCH_WINDOW && (await poolIsFull(input, size, officeId));
    if (!full) break;
  }
  const total = Math.min(window.verified, MATCH_WINDOW);
  // Older matches were left out: beyond the window, or beyond the largest pool.
  const more = window.verified > MATCH_WINDOW || full;
  const offset = (input.page - 1) * SEARCH_PAGE_SIZE;
  const rows = window.ids.slice(offset, offset + SEARCH_PAGE_SIZE).map((id) => ({ id }));
  if (rows.length === 0) return input.page === 1 ? { items: [], total: 0, more: false, page: 1, pageCount: 1 } : null;

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
      titleEn: true,
      summaryEn: true,
      bodyEn: true,
    },
  });
  const lang = input.lang ?? "th";
  const byId = new Map(posts.map((p) => [p.id, p]));
  const items = rows.flatMap(({ id }) => {
    const p = byId.get(id);
    if (!p) return [];
    const summary = toSummary({ ...p, cover: null });
    const shown = shownPost(lang, summary);
    // The body of the text shown: the translation's when its title and summary are shown.
    const body = lang === "en" && summary.english ? (p.bodyEn ?? "") : p.body;
    return [
      {
        id,
        section: p.section,
        path: shown.href,
        publishedAt: summary.publishedAt,
        title: highlight(shown.title, input.words).parts,
        snippet: snippetOf(shown.summary, htmlToText(body), input.words),
        inThai: shown.inThai,
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

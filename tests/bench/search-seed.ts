// Adds `perOffice` posts to each of `offices` offices of a migrated database in a few statements:
// the offices are the provincial ones (code not 'ect') by id, the default office
// (default_office_id()) first, so that it always gets its full share. The pieces of
// search-corpus.ts go into a scratch table with their search vectors (cut into words by the
// site's own lib/search code), then one INSERT … SELECT over generate_series assembles each post
// from them — its text, and its search vector by concatenating the pieces' vectors (`||` shifts
// positions as appending text does), its n-gram vector by the union of the pieces' grams, each
// put behind the post's office as migration search_office_lexemes does (lib/search/ngram.ts
// officeLexeme), and its substring text by joining theirs (pieces are joined by spaces, so no
// letter run spans two).
// Post g of the series goes to office g % offices (so the offices' posts are interleaved on disk,
// as when they publish side by side) as that office's post number i = g / offices: ~2% drafts,
// ~2% withdrawn, ~2% scheduled, spread over ~9.5 years whatever the count, eight sections in turn.
// Seeded posts have no slug (the table has no unique constraint per office that they could break).
import pg from "pg";
import { buildSearchVector, documentWords, quoteLexeme } from "@/lib/search/document";
import { buildSearchText, ngramLexemes } from "@/lib/search/ngram";
import { BODY_SENTENCES, PLACES, SUMMARIES, TITLE_HEADS, TITLE_SUBJECTS } from "./search-corpus";

const SECTIONS = [
  "ANNOUNCEMENT",
  "PRESS_RELEASE",
  "NEWS_ACTIVITY",
  "ELECTION_ANNOUNCEMENT",
  "ELECTION_RESULT",
  "PROCUREMENT",
  "MULTIMEDIA",
  "OTHER",
];
const POOLS = {
  head: TITLE_HEADS,
  subject: TITLE_SUBJECTS,
  place: PLACES,
  summary: SUMMARIES,
  body: BODY_SENTENCES,
} as const;

const wordsOf = (text: string) => documentWords({ title: "", summary: "", bodyText: text, tags: [], attachments: [] });
const vectorOf = (text: string) =>
  buildSearchVector({ title: "", summary: "", bodyText: text, tags: [], attachments: [] });

/**
 * Piece number `salt` of post g from a pool, as text or vector: hashed, so that the pieces of one
 * post (and its section and status, from i) are independent of each other. g runs over all the
 * offices' posts, so no two offices get the same texts.
 */
const pick = (kind: keyof typeof POOLS, salt: number, col: "t" | "v" | "n" | "s") =>
  `(SELECT ${col} FROM pool WHERE kind = '${kind}')[1 + ((hashint4(g * 31 + ${salt})::bigint + 2147483648) % ${POOLS[kind].length})::int]`;

/** ~9.5 years in minutes: the time the posts of one office are spread over. */
const SPAN_MINUTES = 5_000_000;

export type SearchSeed = { ms: number; posts: number; offices: number; perOffice: number; defaultOfficeId: number };

export async function seedSearchPosts(databaseUrl: string, perOffice: number, offices: number): Promise<SearchSeed> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: officeRows } = await client.query<{ id: number; isDefault: boolean }>(
      `SELECT id, id = default_office_id() AS "isDefault" FROM "Office" WHERE code <> 'ect'
       ORDER BY id = default_office_id() DESC, id LIMIT $1`,
      [offices],
    );
    if (officeRows.length < offices || !officeRows[0]?.isDefault)
      throw new Error(
        `BENCH_SEARCH_OFFICES=${offices}: the database has ${officeRows.length} provincial offices${officeRows[0]?.isDefault ? "" : " and none is the default office"}`,
      );
    const officeIds = officeRows.map((r) => r.id);
    await client.query(
      `CREATE TEMP TABLE piece (kind text, idx int, text text, vec tsvector, ngrams tsvector, search text)`,
    );
    for (const [kind, list] of Object.entries(POOLS)) {
      await client.query(
        `INSERT INTO piece SELECT $1, i, t, v::tsvector, n::tsvector, s
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(t, v, n, s, i)`,
        [
          kind,
          list,
          list.map(vectorOf),
          list.map((t) =>
            ngramLexemes(buildSearchText([t]), wordsOf(t).keys())
              .map(quoteLexeme)
              .join(" "),
          ),
          list.map((t) => buildSearchText([t])),
        ],
      );
    }
    const body = (k: number) => pick("body", 10 + k, "t");
    const bodyV = (k: number) => pick("body", 10 + k, "v");
    // Bulk load: build the GIN index once at the end instead of updating it row by row.
    await client.query(`DROP INDEX IF EXISTS "Post_searchVector_idx"`);
    await client.query(`DROP INDEX IF EXISTS "Post_ngramVector_idx"`);
    // Room to build the GIN indexes over a few hundred thousand posts in fewer passes.
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(
      `WITH pool AS (SELECT kind, array_agg(text ORDER BY idx) AS t, array_agg(vec ORDER BY idx) AS v,
         array_agg(ngrams ORDER BY idx) AS n, array_agg(search ORDER BY idx) AS s FROM piece GROUP BY kind),
       series AS (
         SELECT g, ($3::int[])[1 + g % cardinality($3::int[])] AS office, g / cardinality($3::int[]) AS i
         FROM generate_series(0, $1::int * cardinality($3::int[]) - 1) AS g
       ),
       rows AS (
         SELECT g, office, i,
           CASE WHEN i % 50 = 0 THEN 'DRAFT' WHEN i % 50 = 1 THEN 'WITHDRAWN' WHEN i % 50 = 2 THEN 'SCHEDULED' ELSE 'PUBLISHED' END AS status,
           now() - (i + 1) * $4::float8 * interval '1 minute' AS at
         FROM series
       )
       INSERT INTO "Post" ("officeId", section, status, title, summary, body, "createdAt", "updatedAt", "publishedAt",
                           "firstPublishedAt", "withdrawnAt", "withdrawnReason", "scheduledAt", "searchVector",
                           "ngramVector", "searchText")
       SELECT
         office,
         ($2::text[])[1 + i % 8]::"Section",
         status::"PostStatus",
         ${pick("head", 1, "t")} || ' ' || ${pick("subject", 2, "t")} || ' ' || ${pick("place", 3, "t")},
         ${pick("summary", 4, "t")},
         '<p>' || ${body(0)} || ' ' || ${body(1)} || ' ' || ${body(2)} || '</p><p>' || ${body(3)} || ' ' || ${body(4)} || ' ' || ${body(5)} ||
           '</p><p>' || ${body(6)} || ' ' || ${body(7)} || '</p>',
         at, at,
         CASE WHEN status IN ('PUBLISHED', 'WITHDRAWN') THEN at END,
         CASE WHEN status IN ('PUBLISHED', 'WITHDRAWN') THEN at END,
         CASE WHEN status = 'WITHDRAWN' THEN at + interval '1 day' END,
         CASE WHEN status = 'WITHDRAWN' THEN 'ข้อมูลคลาดเคลื่อน' END,
         CASE WHEN status = 'SCHEDULED' THEN now() + interval '30 days' END,
         setweight(${pick("head", 1, "v")} || ${pick("subject", 2, "v")} || ${pick("place", 3, "v")}, 'A')
           || setweight(${pick("summary", 4, "v")}, 'B')
           || setweight(${[0, 1, 2, 3, 4, 5, 6, 7].map(bodyV).join(" || ")}, 'C'),
         array_to_tsvector(ARRAY(SELECT office::text || '/' || lexeme FROM unnest(tsvector_to_array(
           ${[pick("head", 1, "n"), pick("subject", 2, "n"), pick("place", 3, "n"), pick("summary", 4, "n"), ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => pick("body", 10 + k, "n"))].join(" || ")}
         )) AS lexeme)),
         concat_ws(' ', ${[pick("head", 1, "s"), pick("subject", 2, "s"), pick("place", 3, "s"), pick("summary", 4, "s"), ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => pick("body", 10 + k, "s"))].join(", ")})
       FROM rows`,
      [perOffice, SECTIONS, officeIds, SPAN_MINUTES / perOffice],
    );
    await client.query(`CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector")`);
    // As migration search_office_lexemes makes it.
    await client.query(`CREATE INDEX "Post_ngramVector_idx" ON "Post" USING GIN ("ngramVector")`);
    await client.query(`VACUUM ANALYZE "Post"`);
    return {
      ms: Date.now() - started,
      posts: perOffice * officeIds.length,
      offices: officeIds.length,
      perOffice,
      defaultOfficeId: officeIds[0]!,
    };
  } finally {
    await client.end();
  }
}

/** What a database seeded by an earlier run holds (BENCH_REUSE_DB=1): the posts of its offices. */
export async function describeSeed(databaseUrl: string): Promise<SearchSeed> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ posts: number; offices: number; per: number; home: number }>(
      `SELECT count(*)::int AS posts, count(DISTINCT "officeId")::int AS offices,
         count(*) FILTER (WHERE "officeId" = default_office_id())::int AS per, default_office_id() AS home
       FROM "Post"`,
    );
    const r = rows[0]!;
    return { ms: 0, posts: r.posts, offices: r.offices, perOffice: r.per, defaultOfficeId: r.home };
  } finally {
    await client.end();
  }
}

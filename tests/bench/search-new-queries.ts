import pg from "pg";
import { searchRuns } from "@/lib/search/ngram";
import { PLACES, TITLE_SUBJECTS } from "./search-corpus";

// Searches no reader asked before, each address once (a place and a subject, pages 1–3): none
// comes from the page cache, so each costs a database search and a render. Pages 2 and 3 only
// of searches that have them: a page past the last is a 404 (as for readers), not a search. A
// post holding every word's letters as typed is a result (lib/search/match-sql.ts wordMatches
// finds at least those), so that count, read with strpos before the runs, says which pages exist.

const PAGES = [1, 2, 3];
const PAGE_SIZE = 10;

export async function newSearchPaths(databaseUrl: string, officeId: number): Promise<string[]> {
  const queries = PLACES.flatMap((place) =>
    TITLE_SUBJECTS.map((subject) => `${place.replace(/^อำเภอ/, "")} ${subject}`),
  );
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  let counts: number[];
  try {
    const { rows } = await c.query<{ i: number; n: number }>(
      `SELECT q.i::int, (SELECT count(*)::int FROM "Post" p
         WHERE p."officeId" = $1 AND p.status = 'PUBLISHED'
           AND (SELECT bool_and(strpos(p."searchText", r) > 0) FROM unnest(q.runs) AS r)) AS n
       FROM (SELECT i, string_to_array(runs, ' ') AS runs FROM unnest($2::text[]) WITH ORDINALITY AS u(runs, i)) q
       ORDER BY q.i`,
      [officeId, queries.map((q) => searchRuns(q).join(" "))],
    );
    counts = rows.map((r) => r.n);
  } finally {
    await c.end();
  }
  const out: string[] = [];
  for (const page of PAGES)
    queries.forEach((q, i) => {
      if (counts[i]! > (page - 1) * PAGE_SIZE)
        out.push(`/search?${new URLSearchParams(page === 1 ? { q } : { q, page: String(page) }).toString()}`);
    });
  return out;
}

import { Prisma } from "@/lib/generated/prisma/client";
import { compoundsEndingWith } from "./compounds";
import { quoteLexeme } from "./document";
import { GRAM, ngramQuery, officeLexeme, WORD_MARK } from "./ngram";

// The SQL that decides whether a post matches a query word and how high it ranks (issue 11).
// Columns are those of "Post" (searchVector, ngramVector, searchText: lib/search/index-post.ts),
// unqualified, so the conditions read the same in the candidate scan and in the ranking join.

const runOf = (tokens: string[]) => tokens.join("");
const isLong = (run: string) => [...run].length >= GRAM;

/**
 * One query word matches a post: its pieces as a phrase of dictionary words (the last piece as a
 * prefix when the word has 3+ characters), or its letters in the stored text (3+ characters: a
 * real substring; shorter: a whole letter run such as สส from ส.ส.). A 1–2 character word is never
 * a prefix or a substring: ตา does not find ตาราง. Checked post by post on the pool that
 * poolCondition found through the gram index, so it reads the text, not the n-gram vector again.
 */
export function wordMatches(tokens: string[]): Prisma.Sql {
  const run = runOf(tokens);
  const long = isLong(run);
  const phrase = tokens.map((t, i) => (long && i === tokens.length - 1 ? `${quoteLexeme(t)}:*` : quoteLexeme(t)));
  const dictionary = Prisma.sql`"searchVector" @@ ${phrase.join(" <-> ")}::tsquery`;
  const substring = Prisma.sql`strpos("searchText", ${run}) > 0`;
  // Runs are stored space-separated: a short word standing as a whole run (ส.ส. stored as สส).
  const wholeRun = Prisma.sql`strpos(' ' || "searchText" || ' ', ${` ${run} `}) > 0`;
  // A short word found only through an indexed tone-less spelling (นำ for น้ำ) is another word:
  // its letters as typed must be in the text.
  const found = long
    ? Prisma.sql`(${dictionary} OR ${substring})`
    : Prisma.sql`((${dictionary} AND ${substring}) OR ${wholeRun})`;
  const compounds = compoundsEndingWith(run);
  if (compounds.length === 0) return found;
  // ตั้ง inside เลือกตั้ง is not the word ตั้ง: it must also appear with those compounds blanked out.
  const blanked = compounds.reduce<Prisma.Sql>(
    (text, compound) => Prisma.sql`replace(${text}, ${compound}, ' ')`,
    Prisma.sql`"searchText"`,
  );
  return Prisma.sql`(${found} AND strpos(${blanked}, ${run}) > 0)`;
}

/**
 * A superset of wordMatches, among `officeId`'s posts, that the GIN index on "ngramVector" answers alone, without re-reading
 * any post: for each word, its dictionary pieces in any order (the marked words of the vector) or
 * its grams, and all words in one tsquery. The newest posts passing it are then checked with
 * wordMatches one by one, so the costly checks (phrase positions, strpos on the text) run on a few
 * hundred posts, not on every post that contains a common word.
 */
export function poolCondition(words: string[][], officeId: number): Prisma.Sql {
  const perWord = words.map((tokens) => {
    const run = runOf(tokens);
    const long = isLong(run);
    const pieces = tokens.map(
      (t, i) => quoteLexeme(officeLexeme(officeId, WORD_MARK + t)) + (long && i === tokens.length - 1 ? ":*" : ""),
    );
    return `((${[...new Set(pieces)].join(" & ")}) | (${ngramQuery(officeId, run)}))`;
  });
  return Prisma.sql`"ngramVector" @@ ${perWord.join(" & ")}::tsquery`;
}

/**
 * A post's rank for the query, highest first: every word an exact dictionary word with its tone
 * marks (4), then the whole query as a phrase of the text (+2), then each word at the start of a
 * letter run (+1), below which a word only inside a run (a substring) or found without its tone
 * marks adds nothing. ts_rank_cd (title words weigh most) orders within a tier, under 1; the
 * caller orders equals newest first.
 */
export function rankSql(words: string[][], tsquery: string): Prisma.Sql {
  const exact = words
    .map((tokens) => tokens.map(quoteLexeme).join(" <-> "))
    .map((p) => (words.length > 1 ? `(${p})` : p))
    .join(" & ");
  const typed = words.map((tokens) => Prisma.sql`strpos("searchText", ${runOf(tokens)}) > 0`);
  const starts = words.map(
    (tokens) => Prisma.sql`CASE WHEN strpos(' ' || "searchText", ${` ${runOf(tokens)}`}) > 0 THEN 1 ELSE 0 END`,
  );
  const phrase = words.map(runOf).join(" ");
  return Prisma.sql`(
    CASE WHEN "searchVector" @@ ${exact}::tsquery AND ${Prisma.join(typed, " AND ")} THEN 4 ELSE 0 END
    + CASE WHEN ${words.length > 1} AND strpos("searchText", ${phrase}) > 0 THEN 2 ELSE 0 END
    + (${Prisma.join(starts, " + ")})::float / ${words.length}
    + least(ts_rank_cd("searchVector", ${tsquery}::tsquery), 0.99)
  )`;
}

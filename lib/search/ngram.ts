import { quoteLexeme } from "./document";
import { joinAbbreviations, normalizeText } from "./normalize";

// The substring index beside the dictionary one (issue 11): the segmenter cuts the same letters
// differently in different sentences (นายกฤษดา → นา|ยก|ฤษ|ดา), so a word is also looked for as
// characters. Each letter/digit run of the normalised text gives its distinct 3-grams; a query word
// of 3+ characters needs all of its grams (the GIN index answers that) and is then checked as a
// real substring of the stored text. Runs shorter than a gram are kept whole (=สส), so a short
// query finds a whole run (ส.ส. written with dots) and never a longer word that starts with it.
// The same vector also holds every dictionary word of searchVector, marked (_เลือก), so that one
// GIN condition on one column narrows the posts for a whole query (match-sql.ts poolCondition):
// with two columns Postgres often used one index and re-read thousands of posts to check the other.
// Every lexeme starts with its post's office (13/เลื, 13/_เลือก): search is always in one office,
// and the index's posting lists are then one office's posts, not all 77 offices' to be filtered
// (at 385,000 posts a place and a subject took 30–100 ms through the index, 1–2 ms so).

export const GRAM = 3;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;

/** The letter/digit runs of `text`, normalised, abbreviation dots dropped. */
export function searchRuns(text: string): string[] {
  return [...joinAbbreviations(normalizeText(text)).matchAll(RUN)].map((m) => m[0]);
}

/** The stored text substring checks run on: the runs of every field, space-separated. */
export function buildSearchText(fields: string[]): string {
  return fields.flatMap(searchRuns).join(" ");
}

function gramsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length < GRAM) return [`=${run}`];
  const out: string[] = [];
  for (let i = 0; i + GRAM <= chars.length; i++) out.push(chars.slice(i, i + GRAM).join(""));
  return out;
}

/** Marks a dictionary word in the n-gram vector; no gram has it (grams are letters and digits, or =run). */
export const WORD_MARK = "_";

/** A lexeme of `officeId`'s posts: the office, a slash (no gram or mark has one first), the lexeme. */
export const officeLexeme = (officeId: number, lexeme: string) => `${officeId}/${lexeme}`;

/** The distinct grams of the text's runs and the marked dictionary `words`, before the office is put in front. */
export function ngramLexemes(searchText: string, words: Iterable<string> = []): string[] {
  const lexemes = new Set<string>();
  for (const run of searchText.split(" ")) if (run) for (const g of gramsOf(run)) lexemes.add(g);
  for (const w of words) lexemes.add(WORD_MARK + w);
  return [...lexemes];
}

/**
 * A tsvector literal of the distinct grams and of the marked dictionary `words` of a post of
 * `officeId` (no positions: only presence is asked).
 */
export function buildNgramVector(officeId: number, searchText: string, words: Iterable<string> = []): string {
  return ngramLexemes(searchText, words)
    .map((l) => quoteLexeme(officeLexeme(officeId, l)))
    .join(" ");
}

/**
 * The tsquery a query run needs in the n-gram vector of `officeId`'s posts: grams that tile it (every GRAM-th, and the
 * last), or the whole short run. A post holding the run holds them all, and the pool only needs
 * a necessary condition (the letters as typed are checked after): tiling reads a third of the
 * index's posting lists that every overlapping gram would, for nearly the same candidates — a long
 * subject such as นายกองค์การบริหารส่วนจังหวัด has 26 grams, of which 10 tile it.
 */
export function ngramQuery(officeId: number, run: string): string {
  const grams = gramsOf(run);
  const tiles = grams.filter((_, i) => i % GRAM === 0 || i === grams.length - 1);
  return [...new Set(tiles)].map((g) => quoteLexeme(officeLexeme(officeId, g))).join(" & ");
}

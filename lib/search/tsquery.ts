import { quoteLexeme } from "./document";
import { normalizeText } from "./normalize";
import { tokenizeNormalized } from "./segment";

// A reader's query as a tsquery literal. Each space-separated word becomes the phrase of its
// pieces ("เลือกตั้ง" → 'เลือก' <-> 'ตั้ง', found inside ประกาศผลการเลือกตั้ง); words are ANDed; the
// last piece of the last word is a prefix (:*), so a half-typed word still finds something.

export const MAX_QUERY_LENGTH = 100;
const MAX_WORDS = 8;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A one-letter prefix would match most of the dictionary: whole words only below this.
export const MIN_PREFIX = 2;

export type ParsedQuery = {
  /** Each query word as its tokens, in order. */
  words: string[][];
  /** For `::tsquery`; null when the query has nothing searchable (only punctuation, say). */
  tsquery: string | null;
  /**
   * Every piece ANDed, without word order: the GIN index answers this alone (a phrase makes
   * Postgres re-read every candidate's vector), so it narrows the posts cheaply before the phrase
   * is checked on the few that are ranked.
   */
  candidates: string | null;
};

export function parseQuery(raw: string): ParsedQuery {
  const words: string[][] = [];
  for (const part of normalizeText(raw).split(/\s+/)) {
    const tokens = tokenizeNormalized(part)
      .map((t) => t.text)
      .filter((t) => LETTER_OR_DIGIT.test(t));
    if (tokens.length > 0 && !words.some((w) => w.join(" ") === tokens.join(" "))) words.push(tokens);
    if (words.length === MAX_WORDS) break;
  }
  if (words.length === 0) return { words, tsquery: null, candidates: null };
  const lexeme = (t: string, wi: number, ti: number) =>
    wi === words.length - 1 && ti === words[wi]!.length - 1 && [...t].length >= MIN_PREFIX
      ? `${quoteLexeme(t)}:*`
      : quoteLexeme(t);
  const phrases = words.map((tokens, wi) => tokens.map((t, ti) => lexeme(t, wi, ti)).join(" <-> "));
  const pieces = words.flatMap((tokens, wi) => tokens.map((t, ti) => lexeme(t, wi, ti)));
  return {
    words,
    tsquery: phrases.map((p) => (phrases.length > 1 ? `(${p})` : p)).join(" & "),
    candidates: [...new Set(pieces)].join(" & "),
  };
}

import { hasTone, normalizeMarks, normalizeText, stripTones } from "./normalize";
import { GRAM } from "./ngram";
import { MIN_PREFIX } from "./tsquery";
import { tokenizeNormalized, type Token } from "./segment";

// Highlighting in the text itself: the text is cut into words as the index was, and the query's
// word sequences are found in it with the same rules as the tsquery (phrase, tone marks optional
// when the query has none, prefix for the last piece), and a word of 3+ characters is also marked
// where its letters stand inside a longer run (กฤษดา in นายกฤษดา), as the n-gram index finds it.
// A 1-2 character word marks only whole words with its tone marks as typed (นำ never marks น้ำ).
// The result is plain text pieces that the page renders, marked ones inside <mark>: nothing here
// is HTML.

export type SnippetPart = { text: string; hit: boolean };
export type Snippet = { parts: SnippetPart[]; matched: boolean };

function same(doc: string, q: string, prefix: boolean, toneless: boolean): boolean {
  const d = normalizeText(doc);
  const candidates = hasTone(q) || !toneless ? [d] : [d, stripTones(d)];
  return candidates.some((c) => (prefix ? c.startsWith(q) : c === q));
}

/** [start, end) spans of the normalised text that match a query word, merged and in order. */
function findSpans(display: string, tokens: Token[], words: string[][]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const long = words.map((word) => [...word.join("")].length >= GRAM);
  for (let i = 0; i < tokens.length; i++) {
    for (const [wi, word] of words.entries()) {
      const lastWord = wi === words.length - 1;
      const ok = word.every((q, k) => {
        const t = tokens[i + k];
        const prefix = lastWord && k === word.length - 1 && [...q].length >= MIN_PREFIX;
        return t !== undefined && same(t.text, q, prefix, long[wi]!);
      });
      if (ok) spans.push([tokens[i]!.start, tokens[i + word.length - 1]!.end]);
    }
  }
  // Substrings: the same offsets in the searchable spelling (digits and case change no length,
  // checked, so an odd lower-casing only loses this marking).
  const folded = normalizeText(display);
  if (folded.length === display.length)
    for (const [wi, word] of words.entries()) {
      if (!long[wi]) continue;
      const run = word.join("");
      for (let at = folded.indexOf(run); at >= 0; at = folded.indexOf(run, at + 1)) spans.push([at, at + run.length]);
    }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * `text` with the query's words marked. With `maxLength`, a window of about that many characters
 * around the first hit (the start of the text when nothing matches), cut between words, with "…".
 */
export function highlight(text: string, words: string[][], opts: { maxLength?: number } = {}): Snippet {
  const display = normalizeMarks(text);
  const tokens = tokenizeNormalized(display);
  const spans = words.length ? findSpans(display, tokens, words) : [];
  let from = 0;
  let to = display.length;
  if (opts.maxLength && display.length > opts.maxLength) {
    const first = spans[0]?.[0] ?? 0;
    // Start a little before the hit, at a word boundary, so the hit reads in context.
    const wanted = Math.max(0, first - Math.floor(opts.maxLength / 4));
    from = wanted === 0 ? 0 : (tokens.find((t) => t.start >= wanted && t.start <= first)?.start ?? first);
    const limit = from + opts.maxLength;
    to =
      limit >= display.length
        ? display.length
        : ([...tokens].reverse().find((t) => t.end <= limit && t.end > from)?.end ?? limit);
  }
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: "…", hit: false });
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) parts.push({ text: display.slice(at, start), hit: false });
    parts.push({ text: display.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) parts.push({ text: display.slice(at, to), hit: false });
  if (to < display.length) parts.push({ text: "…", hit: false });
  return { parts, matched: spans.length > 0 };
}

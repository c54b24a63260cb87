import { normalizeText } from "./normalize";

// Thai has no spaces between words: ICU's dictionary (Intl.Segmenter) finds the words. It splits
// compounds (เลือกตั้ง → เลือก|ตั้ง), so a query word is matched as the phrase of its pieces.
// Inside a word-like segment, anything that is not a letter, mark or digit also separates
// (ส.ส → ส|ส, รายงาน.pdf → รายงาน|pdf), the same way for documents and queries.

export type Token = {
  text: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
};

const segmenter = new Intl.Segmenter("th", { granularity: "word" });
const WORD_PART = /[\p{L}\p{M}\p{N}]+/gu;

/** Word tokens of already-normalised text, with their offsets. */
export function tokenizeNormalized(normalized: string): Token[] {
  const out: Token[] = [];
  for (const s of segmenter.segment(normalized)) {
    if (!s.isWordLike) continue;
    for (const m of s.segment.matchAll(WORD_PART)) {
      const start = s.index + m.index;
      out.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return out;
}

/** The words of `text` as the search index keeps them. */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalizeText(text)).map((t) => t.text);
}

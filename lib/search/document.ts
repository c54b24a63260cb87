import { hasTone, normalizeText, stripTones } from "./normalize";
import { tokenizeNormalized } from "./segment";

// A post's search document as a tsvector literal ('word':1A,7C 'other':2A …), written by the
// application: Postgres' own parser would keep an unspaced Thai run as one word (and treats tone
// marks as separators), so the words are found here and passed to Postgres as they are.
// Positions keep word order for phrase matching (เลือก <-> ตั้ง); fields are kept apart by a gap,
// so a phrase never spans the end of the title and the start of the summary.

export type SearchDocument = {
  title: string;
  summary: string;
  /** Plain text of the body (htmlToText). */
  bodyText: string;
  tags: string[];
  /** Attachment labels and file names. */
  attachments: string[];
  /** The staff-written English translation, weighted like its Thai counterpart ("" when none). */
  titleEn?: string;
  summaryEn?: string;
  bodyTextEn?: string;
};

type Weight = "A" | "B" | "C";

// Postgres limits: positions 1..16383, at most 256 positions per lexeme, lexemes < 2 KB.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 255;
const MAX_WORD_LENGTH = 200;
const FIELD_GAP = 2;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** 'it''s' — a tsvector/tsquery lexeme literal. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** The document's dictionary words with their positions ("3A"), as buildSearchVector writes them. */
export function documentWords(doc: SearchDocument): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  let position = 0;
  const add = (word: string, weight: Weight) => {
    const list = entries.get(word) ?? [];
    if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
    entries.set(word, list);
  };
  const field = (text: string, weight: Weight) => {
    const tokens = tokenizeNormalized(normalizeText(text));
    if (tokens.length === 0) return;
    position += FIELD_GAP;
    for (const t of tokens) {
      if (t.text.length > MAX_WORD_LENGTH || !LETTER_OR_DIGIT.test(t.text)) continue;
      position += 1;
      if (position > MAX_POSITION) return;
      add(t.text, weight);
      // A reader may leave out tone marks (ตั้ง typed as ตัง): the word without them is indexed at
      // the same position, and a query word without tone marks finds both spellings.
      if (hasTone(t.text)) add(stripTones(t.text), weight);
    }
  };
  field(doc.title, "A");
  field(doc.titleEn ?? "", "A");
  field(doc.summary, "B");
  field(doc.summaryEn ?? "", "B");
  for (const tag of doc.tags) field(tag, "B");
  for (const name of doc.attachments) field(name, "C");
  // The bodies last: a long body reaching the position limit loses only the bodies' tail (a very
  // long Thai body may leave the English one out of the dictionary index; the n-gram text keeps it).
  field(doc.bodyText, "C");
  field(doc.bodyTextEn ?? "", "C");
  return entries;
}

export function buildSearchVector(doc: SearchDocument, words = documentWords(doc)): string {
  return [...words].map(([word, positions]) => `${quoteLexeme(word)}:${positions.join(",")}`).join(" ");
}

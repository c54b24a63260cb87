import { normalizeText } from "./normalize";

// Words a reader types alone that are also the last piece of a compound with another meaning:
// ตั้ง (set up) ends เลือกตั้ง (election), and nearly every post of an election office says
// เลือกตั้ง, so a search for ตั้ง would list them all. For these words a post matches only where
// the word appears outside the listed compounds (lib/search/match-sql.ts). Only compounds that
// end with the word are listed: one that starts with it (ตั้งแต่) may be a half-typed word.
// Keep the list to words that flood results; each entry is a substring check per candidate.
const COMPOUNDS: Record<string, readonly string[]> = {
  ตั้ง: ["เลือกตั้ง", "แต่งตั้ง", "จัดตั้ง", "ก่อตั้ง", "ติดตั้ง"],
};

const NORMALISED = new Map(
  Object.entries(COMPOUNDS).map(([word, list]) => [normalizeText(word), list.map(normalizeText)] as const),
);

/** The compounds a query run must be found outside of (normalised), or none. */
export function compoundsEndingWith(run: string): readonly string[] {
  return NORMALISED.get(run) ?? [];
}

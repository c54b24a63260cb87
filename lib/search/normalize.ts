// Thai text as typed and as stored differs in ways a reader does not see: marks typed in another
// order, a tone mark typed twice, sara am (ำ) typed as nikhahit + sara aa (ํ + า), Thai digits,
// invisible characters inside words and spaces of odd widths.
// Both the indexed text and the query go through this, so they meet in one spelling.

const THAI_DIGIT_ZERO = 0x0e50;
// Vowels written above or below a consonant, and the mai han-akat / mai taikhu.
const UPPER_LOWER_VOWELS = "\u0e31\u0e34-\u0e3a\u0e47";
// Tone marks (mai ek … mai chattawa) and thanthakhat (์).
const TONES = "\u0e48-\u0e4c";

const TONE_BEFORE_VOWEL = new RegExp(`([${TONES}])([${UPPER_LOWER_VOWELS}])`, "g");
const REPEATED_MARK = new RegExp(`([${TONES}${UPPER_LOWER_VOWELS}])\\1+`, "g");
const NIKHAHIT_AA = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
const SARA_AM_TONE = /\u0e33([\u0e48-\u0e4b])/g;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
const TONE_MARKS = /[\u0e48-\u0e4c]/g;
const HAS_TONE = /[\u0e48-\u0e4c]/;
// Invisible characters that text pasted from Word, PDF or the web carries inside words (zero-width
// space and joiners, word joiner, byte-order mark, soft hyphen), and spaces of other widths.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INNER_DOT = /(?<=[\p{L}\p{M}\p{N}])\.(?=[\p{L}\p{M}\p{N}])/gu;

/** One spelling for what looks the same: NFC, marks in order, ำ, Arabic digits, lower-case Latin. */
export function normalizeText(text: string): string {
  return normalizeMarks(text)
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - THAI_DIGIT_ZERO))
    .toLowerCase();
}

/** normalizeText keeping digits and case as written: the text snippets show. */
export function normalizeMarks(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(INVISIBLE, "")
      .replace(ODD_SPACE, " ")
      // ํ + (tone) + า is how ำ looks when typed in two keystrokes: น + ํ + ้ + า = น้ำ
      .replace(NIKHAHIT_AA, "$1\u0e33")
      // The tone typed after sara am (น + ำ + ้, shown the same as น้ำ) goes before it.
      .replace(SARA_AM_TONE, "$1\u0e33")
      // A vowel above/below comes before the tone mark (ต + ้ + ั → ต + ั + ้). Twice: a mark can
      // need to move past two (rare, but cheap).
      .replace(TONE_BEFORE_VOWEL, "$2$1")
      .replace(TONE_BEFORE_VOWEL, "$2$1")
      .replace(REPEATED_MARK, "$1")
  );
}

/** The word without tone marks or thanthakhat: what a reader types when skipping them. */
export function stripTones(word: string): string {
  return word.replace(TONE_MARKS, "");
}

export function hasTone(word: string): boolean {
  return HAS_TONE.test(word);
}

/**
 * Dots between letters dropped, so an abbreviation reads the same dotted or not (ส.ส. → สส.,
 * สขร.1 → สขร1): the stored text for substring matching, where a query's pieces meet joined.
 */
export function joinAbbreviations(text: string): string {
  return text.replace(INNER_DOT, "");
}

// The readable text of a post body (sanitised HTML, lib/posts/sanitize.ts): tags dropped, blocks
// and line breaks as spaces, the entities sanitize-html writes decoded.

const BLOCK_OR_BREAK = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|br|tr|td|th|table|figure|figcaption|hr)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(entity: string): string {
  const e = entity.toLowerCase();
  if (e.startsWith("#x")) return codePoint(parseInt(e.slice(2), 16));
  if (e.startsWith("#")) return codePoint(parseInt(e.slice(1), 10));
  return NAMED[e] ?? "";
}

function codePoint(n: number): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "";
}

export function htmlToText(html: string): string {
  return html
    .replace(BLOCK_OR_BREAK, " ")
    .replace(TAG, "")
    .replace(ENTITY, (_, e: string) => decode(e))
    .replace(/\s+/g, " ")
    .trim();
}

import type { SiteLang } from "./langs";

// Addresses in each language: a Thai page at /x has its English version at /en/x (the Thai
// addresses, permanent and quoted by journalists, never change).

/** The address of `path` (a Thai, bare address: "/", "/posts/1") in `lang`. */
export function localePath(lang: SiteLang, path: string): string {
  if (lang === "th") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

// The pages that have an English version so far; any other /en/… address sends the reader to
// the Thai page (proxy.ts), and the Thai page offers no English link. The sections' feeds are
// here too (the whole office's, /en/feed.xml and /en/atom.xml, never pass the proxy's check:
// lib/offices/segment.ts).
const ENGLISH_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/news\/[a-z-]+(?:\/page\/\d+)?\/?$/,
  /^\/news\/[a-z-]+\/(?:feed|atom)\.xml$/,
  /^\/posts\/\d+(?:\/[^/]*)?\/?$/,
  /^\/calendar(?:\/\d{4}-\d{2})?\/?$/,
  /^\/(?:about|contact|privacy|offices|search|sitemap)\/?$/,
];

/** Whether the Thai page at `path` has an English version. */
export function hasEnglish(path: string): boolean {
  return ENGLISH_PAGES.some((p) => p.test(path));
}

/**
 * The page's `alternates` for its metadata: its canonical address in its language and, when it has
 * an English version, both languages (hreflang), Thai also for readers of any other language.
 */
export function languageAlternates(lang: SiteLang, path: string) {
  if (!hasEnglish(path)) return { canonical: localePath(lang, path) };
  return {
    canonical: localePath(lang, path),
    languages: { th: path, en: localePath("en", path), "x-default": path },
  };
}

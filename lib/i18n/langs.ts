// The languages of the public site: Thai at the bare address, English under /en.

export const SITE_LANGS = ["th", "en"] as const;
export type SiteLang = (typeof SITE_LANGS)[number];

export function isSiteLang(value: string): value is SiteLang {
  return (SITE_LANGS as readonly string[]).includes(value);
}

/** A page's language from its [lang] segment (proxy.ts writes only th and en). */
export function langOf(segment: string): SiteLang {
  return isSiteLang(segment) ? segment : "th";
}
